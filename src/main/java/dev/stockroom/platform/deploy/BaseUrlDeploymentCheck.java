package dev.stockroom.platform.deploy;

import java.net.URI;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.SiteProperties;

/**
 * Links in mails (a password reset, say) are built from {@code stockroom.base-url}: over
 * plain http such a link, and whatever it carries, can be read and changed on the way.
 */
@Component
public class BaseUrlDeploymentCheck implements DeploymentCheck {

	@Override
	public List<Finding> check(Environment environment) {
		String baseUrl = environment.getProperty("stockroom.base-url", SiteProperties.DEFAULT_BASE_URL);
		String scheme;
		try {
			scheme = URI.create(baseUrl.strip()).getScheme();
		}
		catch (IllegalArgumentException ex) {
			scheme = null;
		}
		if ("https".equalsIgnoreCase(scheme)) {
			return List.of();
		}
		return List.of(new Finding("stockroom.base-url", "'" + baseUrl + "' is not an https address",
				"set STOCKROOM_BASE_URL to the https address users reach, e.g. https://stock.example.com"));
	}

}
