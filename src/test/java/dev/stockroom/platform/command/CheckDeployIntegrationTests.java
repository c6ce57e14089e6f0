package dev.stockroom.platform.command;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.StockroomApplication;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check-deploy} fails on the dev defaults the tests run with, and passes on a
 * correctly configured prod application started as {@code java -jar} would start it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CheckDeployIntegrationTests {

	@Autowired
	List<StockroomCommand> commands;

	@Test
	void failsOnTheDevDefaults(CapturedOutput output) {
		StockroomCommand checkDeploy = this.commands.stream()
			.filter((command) -> command.name().equals("check-deploy"))
			.findFirst()
			.orElseThrow();

		assertThat(checkDeploy.run(List.of())).isEqualTo(1);
		assertThat(output).contains("Deployment check found ")
			.contains("spring.profiles.active: the dev profile is active")
			.contains("spring.profiles.active: the prod profile is not active")
			.contains("stockroom.jwt.secret: the JWT key is the dev profile's public key")
			.contains("logging.level.dev.stockroom: debug logging is on")
			.contains("springdoc.api-docs.enabled: ")
			.contains("stockroom.base-url: 'http://localhost:8080' is not an https address")
			.contains("server.servlet.session.cookie.secure: the session cookie is also sent over plain http");
		for (String username : List.of("admin", "manager", "clerk", "viewer")) {
			assertThat(output).contains("user " + username + ": the demo user exists in the database");
		}
	}

	// The prod profile requires a database password; the test server's trust
	// authentication does not check it.
	private static final String TRUST_AUTH_IGNORES_IT = "not-checked-by-trust-auth";

	@Test
	void passesOnACorrectlyConfiguredProdApplication(CapturedOutput output) {
		String[] args = { "check-deploy", "--spring.profiles.active=prod",
				"--stockroom.jwt.secret=" + "a-production-key-of-our-own-".repeat(2),
				"--stockroom.base-url=https://stock.example.com", "--stockroom.allowed-hosts=stock.example.com",
				"--spring.mail.host=smtp.example.com", "--spring.datasource.url=" + TestServices.newDatabase(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=" + TRUST_AUTH_IGNORES_IT,
				"--spring.jmx.enabled=false" };
		int exitCode;
		try (ConfigurableApplicationContext context = StockroomApplication.application(args).run(args)) {
			exitCode = SpringApplication.exit(context);
		}

		assertThat(output).contains("Deployment check OK: ");
		assertThat(exitCode).isZero();
	}

	@Test
	void theProdProfileAloneAllowsNoHost(CapturedOutput output) {
		String[] args = { "check-deploy", "--spring.profiles.active=prod",
				"--stockroom.jwt.secret=" + "a-production-key-of-our-own-".repeat(2),
				"--spring.datasource.url=" + TestServices.newDatabase(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=" + TRUST_AUTH_IGNORES_IT, "--spring.jmx.enabled=false" };
		try (ConfigurableApplicationContext context = StockroomApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}

		assertThat(output).contains("stockroom.allowed-hosts: no host is allowed, so every request is refused")
			.doesNotContain("server.servlet.session.cookie.secure:");
	}

	@Test
	void aCommandRunInTheDevProfileLeavesNoDemoUsersBehind() {
		String database = TestServices.newDatabase();
		String[] args = { "check-deploy", "--spring.profiles.active=dev", "--spring.datasource.url=" + database,
				"--spring.datasource.username=postgres", "--spring.datasource.password=" + TRUST_AUTH_IGNORES_IT,
				"--spring.jmx.enabled=false" };
		try (ConfigurableApplicationContext context = StockroomApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(context)).as("the dev profile fails the check").isEqualTo(1);
		}
		JdbcClient jdbc = JdbcClient
			.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database, "postgres", ""));
		assertThat(jdbc.sql("SELECT count(*) FROM users").query(Long.class).single()).isZero();
	}

}
