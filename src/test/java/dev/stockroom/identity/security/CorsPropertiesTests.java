package dev.stockroom.identity.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CorsPropertiesTests {

	@Test
	void noOriginIsAllowedByDefault() {
		assertThat(new CorsProperties(null).allowedOrigins()).isEmpty();
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("stockroom.cors.allowed-origins=")
			.run((context) -> assertThat(context.getBean(CorsProperties.class).allowedOrigins()).isEmpty());
	}

	@Test
	void bindsACommaSeparatedListOfOrigins() {
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("stockroom.cors.allowed-origins=https://app.example.com, http://localhost:5173")
			.run((context) -> assertThat(context.getBean(CorsProperties.class).allowedOrigins())
				.containsExactly("https://app.example.com", "http://localhost:5173"));
	}

	@Test
	void aWildcardStopsTheApplication() {
		new ApplicationContextRunner().withUserConfiguration(Config.class)
			.withPropertyValues("stockroom.cors.allowed-origins=*")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("wildcard"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CorsProperties(List.of("https://app.example.com", "https://*.example.com")));
	}

	@Test
	void refusesWhatIsNotAnOrigin() {
		for (String bad : new String[] { "app.example.com", "https://app.example.com/", "https://app.example.com/ui",
				"ftp://app.example.com", "https://user@app.example.com", "null" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new CorsProperties(List.of(bad)));
		}
	}

	@EnableConfigurationProperties(CorsProperties.class)
	static class Config {

	}

}
