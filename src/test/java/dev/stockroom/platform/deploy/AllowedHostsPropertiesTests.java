package dev.stockroom.platform.deploy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedHostsPropertiesTests {

	@Test
	void allowsTheListedHostsInAnyCaseAndNothingElse() {
		AllowedHostsProperties hosts = new AllowedHostsProperties(List.of(" Stock.Example.com", "[::1]"));

		assertThat(hosts.allows("stock.example.com")).isTrue();
		assertThat(hosts.allows("STOCK.EXAMPLE.COM")).isTrue();
		assertThat(hosts.allows("[::1]")).isTrue();
		assertThat(hosts.allows("evil.example")).isFalse();
		assertThat(hosts.allows("example.com")).isFalse();
		assertThat(hosts.allows(null)).isFalse();
	}

	@Test
	void noHostIsAllowedByDefaultAndAStarAllowsAny() {
		assertThat(new AllowedHostsProperties(null).allows("localhost")).isFalse();
		assertThat(new AllowedHostsProperties(List.of("*")).allows("evil.example")).isTrue();
	}

	@Test
	void bindsACommaSeparatedList() {
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("stockroom.allowed-hosts=localhost,127.0.0.1,[::1]")
			.run((context) -> assertThat(context.getBean(AllowedHostsProperties.class).allowedHosts())
				.containsExactly("localhost", "127.0.0.1", "[::1]"));
	}

	@EnableConfigurationProperties(AllowedHostsProperties.class)
	static class Config {

	}

}
