package dev.stockroom.platform.cache;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A time to live per cache, from properties or the environment, and a default for the
 * rest.
 */
class CacheSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

	@Test
	void eachCacheHasItsTimeToLiveAndTheOthersTheDefault() {
		this.runner.withPropertyValues("stockroom.cache.ttl.product-detail=5m")
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("STOCKROOM_CACHE_TTL_DASHBOARD", "30s"))))
			.run((context) -> {
				CacheSettings settings = context.getBean(CacheSettings.class);
				assertThat(settings.ttlOf("product-detail")).isEqualTo(Duration.ofMinutes(5));
				assertThat(settings.ttlOf("dashboard")).isEqualTo(Duration.ofSeconds(30));
				assertThat(settings.ttlOf("category-tree")).isEqualTo(Duration.ofMinutes(10));
				assertThat(settings.maximumSize()).isEqualTo(10_000);
			});
	}

	@EnableConfigurationProperties(CacheSettings.class)
	static class Config {

	}

}
