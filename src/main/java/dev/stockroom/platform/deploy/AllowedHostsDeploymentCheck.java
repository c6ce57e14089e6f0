package dev.stockroom.platform.deploy;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.SiteProperties;

/**
 * Without allowed hosts ({@link SiteProperties#allowedHosts()}) every request is refused;
 * with a {@code *} any {@code Host} header is believed, so a forged one can poison
 * caches, redirects and links.
 */
@Component
class AllowedHostsDeploymentCheck implements DeploymentCheck {

	private static final String SETTING = "stockroom.allowed-hosts";

	private static final String FIX = "set STOCKROOM_ALLOWED_HOSTS to the host names users reach, "
			+ "e.g. stock.example.com";

	@Override
	public List<Finding> check(Environment environment) {
		// Bound as the application binds it: a comma-separated list, from any source.
		List<String> hosts = SiteProperties
			.hosts(Binder.get(environment).bind(SETTING, Bindable.listOf(String.class)).orElse(List.of()));
		if (hosts.isEmpty()) {
			return List.of(new Finding(SETTING, "no host is allowed, so every request is refused", FIX));
		}
		if (hosts.contains(SiteProperties.ANY_HOST)) {
			return List.of(new Finding(SETTING, "* accepts any Host header", FIX + ", without *"));
		}
		return List.of();
	}

}
