package dev.stockroom.platform.deploy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import dev.stockroom.platform.deploy.DeploymentCheck.Finding;

import dev.stockroom.platform.command.CheckDeployCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of platform's {@code check-deploy} checks against settings made up for the test.
 */
class DeploymentChecksTests {

	@Test
	void theDevProfileOrNoProdProfileIsAFinding() {
		ProfileDeploymentCheck check = new ProfileDeploymentCheck();
		MockEnvironment byDefault = new MockEnvironment();
		byDefault.setDefaultProfiles("dev");
		assertThat(settings(check.check(byDefault))).containsExactly("spring.profiles.active",
				"spring.profiles.active");
		assertThat(check.check(byDefault).get(0).problem()).contains("the dev profile is active");

		MockEnvironment devAndProd = new MockEnvironment();
		devAndProd.setActiveProfiles("prod", "dev");
		assertThat(check.check(devAndProd)).singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("dev profile"));

		MockEnvironment other = new MockEnvironment();
		other.setActiveProfiles("staging");
		assertThat(check.check(other)).singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("prod profile is not active"));

		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThat(check.check(prod)).isEmpty();
	}

	@Test
	void aBaseUrlWithoutHttpsIsAFinding() {
		BaseUrlDeploymentCheck check = new BaseUrlDeploymentCheck();
		assertThat(check.check(new MockEnvironment())).singleElement().satisfies((finding) -> {
			assertThat(finding.setting()).isEqualTo("stockroom.base-url");
			assertThat(finding.problem()).contains("http://localhost:8080");
			assertThat(finding.fix()).contains("STOCKROOM_BASE_URL");
		});
		assertThat(check.check(new MockEnvironment().withProperty("stockroom.base-url", "http://stock.example.com")))
			.hasSize(1);
		assertThat(check.check(new MockEnvironment().withProperty("stockroom.base-url", "https://stock.example.com")))
			.isEmpty();
	}

	@Test
	void debugLoggingForAnyLoggerAndStackTracesAreFindings() {
		DebugOutputDeploymentCheck check = new DebugOutputDeploymentCheck();
		MockEnvironment environment = new MockEnvironment().withProperty("logging.level.dev.stockroom", "debug")
			.withProperty("logging.level.org.hibernate.SQL", "TRACE")
			.withProperty("logging.level.root", "info")
			.withProperty("server.error.include-stacktrace", "always");

		assertThat(settings(check.check(environment))).containsExactly("logging.level.dev.stockroom",
				"logging.level.org.hibernate.SQL", "server.error.include-stacktrace");
		assertThat(check.check(new MockEnvironment().withProperty("logging.level.root", "info")
			.withProperty("server.error.include-stacktrace", "never"))).isEmpty();
		assertThat(settings(check.check(new MockEnvironment().withProperty("debug", "true")))).containsExactly("debug");
	}

	@Test
	void errorMessagesOrExceptionNamesInErrorAnswersAreFindings() {
		DebugOutputDeploymentCheck check = new DebugOutputDeploymentCheck();
		MockEnvironment environment = new MockEnvironment().withProperty("server.error.include-message", "always")
			.withProperty("server.error.include-exception", "true");

		assertThat(settings(check.check(environment))).containsExactly("server.error.include-message",
				"server.error.include-exception");
		assertThat(check.check(new MockEnvironment().withProperty("server.error.include-message", "never")
			.withProperty("server.error.include-exception", "false"))).isEmpty();
	}

	@Test
	void noAllowedHostOrAWildcardIsAFinding() {
		AllowedHostsDeploymentCheck check = new AllowedHostsDeploymentCheck();
		assertThat(check.check(new MockEnvironment())).singleElement().satisfies((finding) -> {
			assertThat(finding.setting()).isEqualTo("stockroom.allowed-hosts");
			assertThat(finding.problem()).contains("every request is refused");
			assertThat(finding.fix()).contains("STOCKROOM_ALLOWED_HOSTS");
		});
		assertThat(check.check(new MockEnvironment().withProperty("stockroom.allowed-hosts", " ,"))).hasSize(1);
		assertThat(check.check(new MockEnvironment().withProperty("stockroom.allowed-hosts", "stock.example.com, *")))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("any Host"));
		assertThat(check.check(new MockEnvironment().withProperty("stockroom.allowed-hosts",
				"stock.example.com,www.stock.example.com")))
			.isEmpty();
	}

	@Test
	void allowedHostsFromTheEnvironmentVariableCount() {
		StandardEnvironment environment = new StandardEnvironment();
		String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		environment.getPropertySources()
			.replace(name, new SystemEnvironmentPropertySource(name,
					Map.of("STOCKROOM_ALLOWEDHOSTS", "stock.example.com,www.stock.example.com")));

		assertThat(new AllowedHostsDeploymentCheck().check(environment)).isEmpty();
	}

	@Test
	void aSessionCookieThatIsNotSecureOrNotHttpOnlyIsAFinding() {
		SessionCookieDeploymentCheck check = new SessionCookieDeploymentCheck();
		assertThat(settings(check.check(new MockEnvironment())))
			.containsExactly("server.servlet.session.cookie.secure");
		assertThat(
				settings(check.check(new MockEnvironment().withProperty("server.servlet.session.cookie.secure", "true")
					.withProperty("server.servlet.session.cookie.http-only", "false"))))
			.containsExactly("server.servlet.session.cookie.http-only");
		assertThat(check.check(new MockEnvironment().withProperty("server.servlet.session.cookie.secure", "true")
			.withProperty("server.servlet.session.cookie.http-only", "true"))).isEmpty();
	}

	@Test
	void debugLoggingFromAnEnvironmentVariableIsAFinding() {
		StandardEnvironment environment = new StandardEnvironment();
		String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		environment.getPropertySources()
			.replace(name,
					new SystemEnvironmentPropertySource(name, Map.of("LOGGING_LEVEL_DEV_STOCKROOM_STOCK", "DEBUG")));

		assertThat(settings(new DebugOutputDeploymentCheck().check(environment)))
			.contains("logging.level.dev.stockroom.stock");
	}

	@Test
	void apiDocsAreAFindingUnlessBothAreOff() {
		ApiDocsDeploymentCheck check = new ApiDocsDeploymentCheck();
		assertThat(settings(check.check(new MockEnvironment()))).containsExactly("springdoc.api-docs.enabled",
				"springdoc.swagger-ui.enabled");
		assertThat(settings(check.check(new MockEnvironment().withProperty("springdoc.api-docs.enabled", "false"))))
			.containsExactly("springdoc.swagger-ui.enabled");
		assertThat(check.check(new MockEnvironment().withProperty("springdoc.api-docs.enabled", "false")
			.withProperty("springdoc.swagger-ui.enabled", "false"))).isEmpty();
	}

	@Test
	void noSmtpServerIsAFinding() {
		MailDeploymentCheck check = new MailDeploymentCheck();
		assertThat(check.check(new MockEnvironment())).singleElement()
			.satisfies((finding) -> assertThat(finding.setting()).isEqualTo("spring.mail.host"));
		assertThat(check.check(new MockEnvironment().withProperty("spring.mail.host", " "))).hasSize(1);
		assertThat(check.check(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com"))).isEmpty();
	}

	@Test
	void theCommandListsEveryFindingAndExitsWithOne() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		CheckDeployCommand command = new CheckDeployCommand(
				List.of(new MailDeploymentCheck(), new ProfileDeploymentCheck(), new BaseUrlDeploymentCheck()),
				environment);

		assertThat(command.name()).isEqualTo("check-deploy");
		assertThat(settings(command.findings())).containsExactly("stockroom.base-url", "spring.mail.host");
		assertThat(command.run(List.of())).isEqualTo(1);

		environment.withProperty("stockroom.base-url", "https://stock.example.com")
			.withProperty("spring.mail.host", "smtp.example.com");
		assertThat(command.run(List.of())).isZero();
	}

	@Test
	void aFindingNamesTheSettingAndTheFix() {
		assertThat(new Finding("spring.mail.host", "unset", "set it"))
			.hasToString("spring.mail.host: unset. Fix: set it");
	}

	private static List<String> settings(List<Finding> findings) {
		return findings.stream().map(Finding::setting).toList();
	}

}
