package dev.stockroom.platform;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.stockroom.platform.api.IdempotencyProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings arrive as typed, validated records with defaults, not as strings read by hand.
 */
class TypedConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

	@Test
	void defaultsApplyWhenNothingIsSet() {
		this.runner.run((context) -> {
			IdempotencyProperties properties = context.getBean(IdempotencyProperties.class);
			assertThat(properties.ttl()).isEqualTo(Duration.ofHours(24));
			assertThat(properties.lockTimeout()).isEqualTo(Duration.ofSeconds(10));
		});
	}

	@Test
	void settingsBindFromPropertiesAndEnvironmentStyleNames() {
		this.runner.withPropertyValues("stockroom.idempotency.ttl=2h")
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("STOCKROOM_IDEMPOTENCY_LOCKTIMEOUT", "3s"))))
			.run((context) -> {
				IdempotencyProperties properties = context.getBean(IdempotencyProperties.class);
				assertThat(properties.ttl()).isEqualTo(Duration.ofHours(2));
				assertThat(properties.lockTimeout()).isEqualTo(Duration.ofSeconds(3));
			});
	}

	@Test
	void anUnreadableValueStopsTheApplication() {
		this.runner.withPropertyValues("stockroom.idempotency.ttl=a day")
			.run((context) -> assertThat(context).hasFailed());
	}

	@EnableConfigurationProperties(IdempotencyProperties.class)
	static class Config {

	}

}
