package dev.stockroom.identity;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.identity.password.InvalidCredentialsException;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Password sign-in for the token endpoint: one and the same failure whatever was wrong,
 * and the login time recorded on success.
 */
@IntegrationTest
class UserAuthenticationIntegrationTests {

	// Where the sign-ins come from; LoginThrottleIntegrationTests is about addresses.
	private static final String CLIENT = "192.0.2.1";

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithTheRightPasswordInAnyCaseOfUsernameAndRecordsTheLogin() {
		UserAccount user = register("login");
		assertThat(lastLogin(user.id())).isNull();
		Instant before = Instant.now().minusSeconds(1);

		UserAccount signedIn = this.users.authenticate(user.username().toUpperCase(), PASSWORD, CLIENT);

		assertThat(signedIn.id()).isEqualTo(user.id());
		assertThat(signedIn.lastLogin()).isAfter(before);
		assertThat(lastLogin(user.id())).isEqualTo(signedIn.lastLogin());
	}

	@Test
	void anUnknownUserAndAWrongPasswordFailTheSameWay() {
		UserAccount user = register("same");

		InvalidCredentialsException wrongPassword = catchThrowableOfType(InvalidCredentialsException.class,
				() -> this.users.authenticate(user.username(), "not the password at all", CLIENT));
		InvalidCredentialsException unknownUser = catchThrowableOfType(InvalidCredentialsException.class,
				() -> this.users.authenticate("nobody-" + UUID.randomUUID(), PASSWORD, CLIENT));
		InvalidCredentialsException longPassword = catchThrowableOfType(InvalidCredentialsException.class,
				() -> this.users.authenticate(user.username(), "x".repeat(100), CLIENT));

		assertThat(wrongPassword).isNotNull();
		assertThat(unknownUser).isNotNull();
		assertThat(longPassword).isNotNull();
		assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage())
			.isEqualTo(longPassword.getMessage())
			.isEqualTo("Invalid username or password");
		assertThat(lastLogin(user.id())).isNull();
	}

	@Test
	void anInactiveUserCannotSignInEvenWithTheRightPassword() {
		UserAccount user = register("off");
		this.jdbc.sql("UPDATE users SET active = false WHERE id = ?").param(user.id()).update();

		assertThatThrownBy(() -> this.users.authenticate(user.username(), PASSWORD, CLIENT))
			.isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("Invalid username or password");
		assertThat(lastLogin(user.id())).isNull();
	}

	@Test
	void missingCredentialsFailTheSameWay() {
		assertThatThrownBy(() -> this.users.authenticate(null, null, CLIENT))
			.isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("Invalid username or password");
	}

	private Instant lastLogin(long userId) {
		return this.jdbc.sql("SELECT last_login FROM users WHERE id = ?")
			.param(userId)
			.query(Instant.class)
			.optional()
			.orElse(null);
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

}
