package dev.stockroom.identity.user;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code application.yml} takes the demo password from STOCKROOM_DEMO_PASSWORD. */
class DemoUsersPropertiesTests {

	@Test
	void defaultsToTheDocumentedPassword() throws IOException {
		assertThat(bind(Map.of()).password()).isEqualTo("stockroom-demo");
	}

	@Test
	void takesThePasswordFromTheEnvironment() throws IOException {
		assertThat(bind(Map.of("STOCKROOM_DEMO_PASSWORD", "another demo secret")).password())
			.isEqualTo("another demo secret");
	}

	@Test
	void neverPrintsThePassword() throws IOException {
		assertThat(bind(Map.of()).toString()).doesNotContain("stockroom-demo");
	}

	private static DemoUsersProperties bind(Map<String, Object> environment) throws IOException {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(env.getPropertySources()::addLast);
		return Binder.get(env).bindOrCreate("stockroom.demo-users", DemoUsersProperties.class);
	}

}
