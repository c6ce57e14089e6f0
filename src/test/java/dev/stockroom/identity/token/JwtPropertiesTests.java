package dev.stockroom.identity.token;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signing key comes from {@code STOCKROOM_JWT_SECRET}; the prod profile refuses to
 * start without one of at least 32 bytes, while the dev profile has a public development
 * key. The profiles are started as the application starts them: {@link SpringApplication}
 * reading {@code application.yml} and {@code application-<profile>.yml}.
 */
class JwtPropertiesTests {

	private static final String THIRTY_TWO_BYTES = "0123456789abcdef0123456789abcdef";

	@Test
	void prodRefusesToStartWithoutASecret() {
		// Refused before any bean exists (platform.RequiredProductionSettings),
		// naming the variable to set.
		assertThatThrownBy(() -> start("prod", Map.of()).close()).hasMessageContaining("not set: STOCKROOM_JWT_SECRET");
	}

	@Test
	void prodRefusesToStartWithAShortSecret() {
		assertThatThrownBy(() -> start("prod", Map.of("STOCKROOM_JWT_SECRET", THIRTY_TWO_BYTES.substring(1))).close())
			.rootCause()
			.hasMessageContaining("too short for HS256: 31 bytes");
		String shortBase64 = "base64:" + Base64.getEncoder().encodeToString(new byte[31]);
		assertThatThrownBy(() -> start("prod", Map.of("STOCKROOM_JWT_SECRET", shortBase64)).close()).rootCause()
			.hasMessageContaining("too short for HS256: 31 bytes");
	}

	@Test
	void prodStartsWithASecretFromTheEnvironment() {
		try (ConfigurableApplicationContext context = start("prod", Map.of("STOCKROOM_JWT_SECRET", THIRTY_TWO_BYTES))) {
			JwtProperties properties = context.getBean(JwtProperties.class);
			assertThat(properties.signingKey().getEncoded())
				.isEqualTo(THIRTY_TWO_BYTES.getBytes(StandardCharsets.UTF_8));
			assertThat(properties.issuer()).isEqualTo("stockroom");
			assertThat(properties.audience()).isEqualTo("stockroom-api");
			assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
			assertThat(properties.refreshTokenTtl()).isEqualTo(Duration.ofDays(14));
			assertThat(properties.clockSkew()).isEqualTo(Duration.ofSeconds(30));
			assertThat(context.getBean(JwtService.class)).isNotNull();
		}
	}

	@Test
	void devStartsWithThePublicDevelopmentKey() {
		try (ConfigurableApplicationContext context = start("dev", Map.of())) {
			assertThat(
					new String(context.getBean(JwtProperties.class).signingKey().getEncoded(), StandardCharsets.UTF_8))
				.startsWith("dev-only-public");
		}
	}

	@Test
	void aBase64SecretIsDecoded() {
		byte[] key = new byte[32];
		key[0] = 7;
		JwtProperties properties = properties("base64:" + Base64.getEncoder().encodeToString(key));

		assertThat(properties.signingKey().getEncoded()).isEqualTo(key);
		assertThat(properties.signingKey().getAlgorithm()).isEqualTo("HmacSHA256");
	}

	@Test
	void refusesInvalidBase64() {
		assertThatThrownBy(() -> properties("base64:not base64 at all, not at all!!"))
			.hasMessageContaining("not valid Base64");
	}

	@Test
	void neverPrintsTheSecret() {
		assertThat(properties(THIRTY_TWO_BYTES).toString()).doesNotContain(THIRTY_TWO_BYTES).contains("(hidden)");
	}

	private static JwtProperties properties(String secret) {
		return new JwtProperties(secret, "stockroom", "stockroom-api", Duration.ofMinutes(15), Duration.ofDays(14),
				Duration.ofSeconds(30));
	}

	// Only the token configuration, with the given operating-system environment in place
	// of the real one (which may hold a STOCKROOM_JWT_SECRET of its own), plus the
	// database settings that the prod profile also requires (never connected to here).
	private static ConfigurableApplicationContext start(String profile, Map<String, Object> variables) {
		Map<String, Object> environment = new HashMap<>(variables);
		environment.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.invalid/stockroom");
		environment.put("SPRING_DATASOURCE_PASSWORD", "not used");
		SpringApplication application = new SpringApplication(TokenConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		application.setEnvironment(env);
		return application.run("--spring.profiles.active=" + profile, "--spring.main.banner-mode=off");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(JwtProperties.class)
	@Import(JwtService.class)
	static class TokenConfiguration {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		RevocationCheck revocationCheck() {
			return (familyId) -> false;
		}

	}

}
