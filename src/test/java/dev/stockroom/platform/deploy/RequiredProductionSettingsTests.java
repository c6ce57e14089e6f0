package dev.stockroom.platform.deploy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The prod profile refuses to start without its secrets and names the environment
 * variables to set, before anything connects to anything. Started as a deployment starts
 * it: {@link SpringApplication} reading {@code application.yml} and
 * {@code application-prod.yml}, with a made-up operating-system environment.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequiredProductionSettingsTests {

	private static final Map<String, Object> COMPLETE = Map.of("STOCKROOM_JWT_SECRET",
			"0123456789abcdef0123456789abcdef", "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.invalid/stockroom",
			"SPRING_DATASOURCE_PASSWORD", "secret");

	@Test
	void prodWithoutAnySecretNamesEveryMissingVariable(CapturedOutput output) {
		assertThatExceptionOfType(MissingSettingsException.class).isThrownBy(() -> start("prod", Map.of()))
			.satisfies((ex) -> assertThat(ex.variables()).containsExactly("SPRING_DATASOURCE_PASSWORD",
					"SPRING_DATASOURCE_URL", "STOCKROOM_JWT_SECRET"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("STOCKROOM_JWT_SECRET (stockroom.jwt.secret)")
			.contains("SPRING_DATASOURCE_URL (spring.datasource.url)");
	}

	@Test
	void prodNamesTheOneVariableThatIsMissing() {
		for (String variable : COMPLETE.keySet()) {
			Map<String, Object> environment = new HashMap<>(COMPLETE);
			environment.remove(variable);
			assertThatExceptionOfType(MissingSettingsException.class).as(variable)
				.isThrownBy(() -> start("prod", environment))
				.satisfies((ex) -> assertThat(ex.variables()).containsExactly(variable))
				.withMessageContaining(variable);
		}
	}

	@Test
	void aBlankValueCountsAsMissing() {
		Map<String, Object> environment = new HashMap<>(COMPLETE);
		environment.put("STOCKROOM_JWT_SECRET", "   ");
		assertThatExceptionOfType(MissingSettingsException.class).isThrownBy(() -> start("prod", environment))
			.satisfies((ex) -> assertThat(ex.variables()).containsExactly("STOCKROOM_JWT_SECRET"));
	}

	@Test
	void prodStartsWithEverySecretGiven() {
		start("prod", COMPLETE).close();
	}

	@Test
	void devNeedsNoneOfThem() {
		start("dev", Map.of()).close();
	}

	@Test
	void theFailureAnalysisSaysWhatEachVariableSetsAndHowToGiveIt() {
		FailureAnalysis analysis = new MissingSettingsFailureAnalyzer()
			.analyze(new MissingSettingsException(java.util.List.of("STOCKROOM_JWT_SECRET")));

		assertThat(analysis.getDescription()).contains("STOCKROOM_JWT_SECRET (stockroom.jwt.secret)");
		assertThat(analysis.getAction()).contains(".env").contains("openssl rand -base64 32");
	}

	// An empty application: only the configuration files and the check run.
	private static ConfigurableApplicationContext start(String profile, Map<String, Object> variables) {
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		application.setEnvironment(environment);
		return application.run("--spring.profiles.active=" + profile, "--spring.main.banner-mode=off");
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
