package dev.stockroom.platform;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Links that leave the application are built from the configured base URL alone, and the
 * site answers to the allowed hosts alone.
 */
class SitePropertiesTests {

	@Test
	void buildsLinksUnderTheBaseUrlWithOrWithoutATrailingSlash() {
		assertThat(site("https://stock.example.com").link("/password-reset/abc"))
			.isEqualTo(URI.create("https://stock.example.com/password-reset/abc"));
		assertThat(site("https://example.com/stockroom/").link("/password-reset/abc"))
			.isEqualTo(URI.create("https://example.com/stockroom/password-reset/abc"));
	}

	@Test
	void refusesABaseUrlThatIsNotAPlainWebAddress() {
		for (String bad : new String[] { "stock.example.com", "ftp://stock.example.com", "https://user@example.com",
				"https://example.com/?next=x", "https://example.com/#top", "/relative" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> site(bad));
		}
	}

	@Test
	void allowsTheListedHostsInAnyCaseAndNothingElse() {
		SiteProperties hosts = hosts(List.of(" Stock.Example.com", "[::1]"));

		assertThat(hosts.allows("stock.example.com")).isTrue();
		assertThat(hosts.allows("STOCK.EXAMPLE.COM")).isTrue();
		assertThat(hosts.allows("[::1]")).isTrue();
		assertThat(hosts.allows("evil.example")).isFalse();
		assertThat(hosts.allows("example.com")).isFalse();
		assertThat(hosts.allows(null)).isFalse();
	}

	@Test
	void noHostIsAllowedByDefaultAndAStarAllowsAny() {
		assertThat(hosts(null).allows("localhost")).isFalse();
		assertThat(hosts(List.of("*")).allows("evil.example")).isTrue();
	}

	@Test
	void bindsACommaSeparatedList() {
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("stockroom.allowed-hosts=localhost,127.0.0.1,[::1]")
			.run((context) -> assertThat(context.getBean(SiteProperties.class).allowedHosts())
				.containsExactly("localhost", "127.0.0.1", "[::1]"));
	}

	private static SiteProperties site(String baseUrl) {
		return new SiteProperties(URI.create(baseUrl), List.of(), null, ZoneOffset.UTC, Currency.getInstance("EUR"));
	}

	private static SiteProperties hosts(List<String> allowedHosts) {
		return new SiteProperties(URI.create(SiteProperties.DEFAULT_BASE_URL), allowedHosts, null, ZoneOffset.UTC,
				Currency.getInstance("EUR"));
	}

	@EnableConfigurationProperties(SiteProperties.class)
	static class Config {

	}

}
