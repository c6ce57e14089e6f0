package dev.stockroom.identity.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import dev.stockroom.StockroomApplication;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.password.InvalidCredentialsException;
import dev.stockroom.platform.command.CommandRunner;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code create-superuser} and {@code change-password} as a deployment runs them:
 * {@code java -jar stockroom.jar <command> --username ...} in the prod profile, on a
 * fresh database that the command's start migrates, with the password in
 * {@code STOCKROOM_SUPERUSER_PASSWORD}. The commands' application context is kept open
 * after the command so that the test can sign in through it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SuperuserCommandsIntegrationTests {

	// The prod profile requires a database password; the test server's trust
	// authentication does not check it.
	private static final String TRUST_AUTH_IGNORES_IT = "not-checked-by-trust-auth";

	private static final String DATABASE = TestServices.newDatabase();

	private static final String PASSWORD = "a long and uncommon password";

	// The address a sign-in comes from, which the login throttle counts failures by.
	private static final String CLIENT = "192.0.2.10";

	@Test
	void createSuperuserMakesASuperuserWhoCanSignIn(CapturedOutput output) {
		String username = unique("root");
		int exitCode = run(PASSWORD, (context) -> {
			UserAccount account = context.getBean(UserService.class).authenticate(username, PASSWORD, CLIENT);
			assertThat(account.active()).isTrue();
			assertThat(account.staff()).isTrue();
			assertThat(account.superuser()).isTrue();
			assertThat(account.email()).isEqualTo(username + "@example.com");
			assertThat(context.getBean(UserService.class).permissionsOf(username)).contains("user.change",
					"group.change", "product.delete");
		}, "create-superuser", "--username", username, "--email", username + "@example.com");

		assertThat(exitCode).isZero();
		assertThat(output).contains("Superuser '" + username + "' created");
	}

	@Test
	void aWeakPasswordIsRefusedAndNoUserIsMade(CapturedOutput output) {
		String username = unique("weak");
		int exitCode = run("password",
				(context) -> assertThat(context.getBean(UserService.class).findByUsername(username)).isEmpty(),
				"create-superuser", "--username=" + username, "--email=" + username + "@example.com");

		assertThat(exitCode).isEqualTo(1);
		assertThat(output).contains("Password refused: Use at least 12 characters")
			.contains("Password refused: This password is too common");
	}

	@Test
	void anExistingUsernameIsRefused(CapturedOutput output) {
		String username = unique("twice");
		assertThat(run(PASSWORD, (context) -> {
		}, "create-superuser", "--username", username, "--email", username + "@example.com")).isZero();

		int exitCode = run("another long password", (context) -> {
			UserService users = context.getBean(UserService.class);
			assertThat(users.authenticate(username, PASSWORD, CLIENT).username()).isEqualTo(username);
		}, "create-superuser", "--username", username.toUpperCase(java.util.Locale.ROOT), "--email",
				"other-" + username + "@example.com");

		assertThat(exitCode).isEqualTo(1);
		assertThat(output).contains("The username '" + username.toUpperCase(java.util.Locale.ROOT) + "' is taken");
	}

	@Test
	void changePasswordReplacesThePasswordAndRevokesThePersonalApiTokens(CapturedOutput output) {
		String username = unique("forgetful");
		AtomicReference<String> apiKey = new AtomicReference<>();
		assertThat(run(PASSWORD, (context) -> apiKey
			.set(context.getBean(ApiTokenService.class).create(username, "deploy script", Optional.empty()).key()),
				"create-superuser", "--username", username, "--email", username + "@example.com"))
			.isZero();

		String newPassword = "an even longer and newer password";
		int exitCode = run(newPassword, (context) -> {
			UserService users = context.getBean(UserService.class);
			assertThatExceptionOfType(InvalidCredentialsException.class)
				.isThrownBy(() -> users.authenticate(username, PASSWORD, CLIENT));
			assertThat(users.authenticate(username, newPassword, CLIENT).superuser()).isTrue();
			// An operator sets a password that is lost or known to others: a reset.
			assertThat(context.getBean(ApiTokenService.class).authenticate(apiKey.get())).isEmpty();
		}, "change-password", "--username", username);

		assertThat(exitCode).isZero();
		assertThat(output).contains("Password of '" + username + "' changed");
	}

	@Test
	void withNeitherTheVariableNorATerminalTheCommandFailsAndSaysWhy(CapturedOutput output) {
		String username = unique("nopass");
		int exitCode = run(null,
				(context) -> assertThat(context.getBean(UserService.class).findByUsername(username)).isEmpty(),
				"create-superuser", "--username", username, "--email", username + "@example.com");

		assertThat(exitCode).isEqualTo(1);
		assertThat(output).contains("No password: set STOCKROOM_SUPERUSER_PASSWORD");
	}

	@Test
	void aMissingOptionIsAUsageError(CapturedOutput output) {
		int exitCode = run(PASSWORD, (context) -> {
		}, "create-superuser", "--username", unique("noemail"));

		assertThat(exitCode).isEqualTo(2);
		assertThat(output).contains("--email is required").contains("Usage: create-superuser");
	}

	/**
	 * Runs a command as {@code main} would, in the prod profile on the class's database.
	 * @param password the value of STOCKROOM_SUPERUSER_PASSWORD, or {@code null} for
	 * none, whatever the environment of the tests holds
	 * @param afterwards what to check in the command's context before it closes
	 * @param command the command and its arguments
	 * @return the exit code
	 */
	private static int run(String password, Consumer<ConfigurableApplicationContext> afterwards, String... command) {
		List<String> settings = List.of("--spring.profiles.active=prod",
				"--stockroom.jwt.secret=" + "a-production-key-of-our-own-".repeat(2),
				"--spring.datasource.url=" + DATABASE, "--spring.datasource.username=postgres",
				"--spring.datasource.password=" + TRUST_AUTH_IGNORES_IT,
				"--spring.datasource.hikari.maximum-pool-size=2", "--spring.jmx.enabled=false");
		String[] args = java.util.stream.Stream.concat(List.of(command).stream(), settings.stream())
			.toArray(String[]::new);
		SpringApplication application = StockroomApplication.application(args);
		/*
		 * The way the environment variable reaches the command, without changing this
		 * process's environment, and above it, so that a variable set for the test run
		 * changes nothing. An empty value is what the prompt takes for no password.
		 */
		String variable = (password != null) ? password : "";
		application.addInitializers((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("superuser-password", Map.of(NewPasswordPrompt.VARIABLE, variable))));
		try (ConfigurableApplicationContext context = application.run(args)) {
			afterwards.accept(context);
			return context.getBean(CommandRunner.class).getExitCode();
		}
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36);
	}

}
