package dev.stockroom.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * After 10 failed sign-ins in 15 minutes a username is refused, right password or not,
 * until the window has passed; other accounts sign in as usual, unknown usernames are
 * throttled alike, and a successful sign-in clears the count. Time passing is played by
 * moving the recorded failures back, which is all the throttle reads.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	UserService users;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesTheEleventhAttemptEvenWithTheRightPasswordAndLeavesOtherAccountsAlone() {
		UserAccount victim = register("victim");
		UserAccount bystander = register("bystander");
		failTenTimes(victim.username());

		LoginThrottledException refused = catchThrowableOfType(LoginThrottledException.class,
				() -> this.users.authenticate(victim.username().toUpperCase(), PASSWORD));

		assertThat(refused).isNotNull();
		assertThat(refused.getRetryAfterSeconds()).isBetween(1L, 15 * 60L);
		assertThat(failures(victim.username())).as("refused attempts are not counted").isEqualTo(10);
		assertThat(this.users.authenticate(bystander.username(), PASSWORD).id()).isEqualTo(bystander.id());
	}

	@Test
	void retryAfterIsWhenTheOldestCountedFailureLeavesTheWindow() {
		UserAccount user = register("retry");
		recordTenFailures(user.username());
		moveFailuresBack(user.username(), "10 minutes");

		LoginThrottledException refused = catchThrowableOfType(LoginThrottledException.class,
				() -> this.users.authenticate(user.username(), PASSWORD));

		assertThat(refused.getRetryAfterSeconds()).isBetween(5 * 60L - 10, 5 * 60L + 1);
	}

	@Test
	void signInWorksAgainOnceTheWindowHasPassed() {
		UserAccount user = register("patient");
		recordTenFailures(user.username());
		assertThatThrownBy(() -> this.users.authenticate(user.username(), PASSWORD))
			.isInstanceOf(LoginThrottledException.class);

		moveFailuresBack(user.username(), "15 minutes 1 second");

		assertThat(this.users.authenticate(user.username(), PASSWORD).id()).isEqualTo(user.id());
	}

	@Test
	void aSuccessfulSignInClearsTheFailures() {
		UserAccount user = register("forgetful");
		for (int i = 0; i < 9; i++) {
			failOnce(user.username());
		}

		this.users.authenticate(user.username(), PASSWORD);

		assertThat(failures(user.username())).isZero();
		for (int i = 0; i < 9; i++) {
			failOnce(user.username());
		}
		assertThat(this.users.authenticate(user.username(), PASSWORD).id()).isEqualTo(user.id());
	}

	@Test
	void unknownUsernamesAreThrottledTheSameWay() {
		String nobody = "Nobody-" + UUID.randomUUID();
		failTenTimes(nobody);

		assertThatThrownBy(() -> this.users.authenticate(nobody, PASSWORD)).isInstanceOf(LoginThrottledException.class)
			.hasMessage("Too many failed sign-ins; try again later");
		assertThat(failures(nobody)).isEqualTo(10);
	}

	@Test
	void theCleanUpDeletesOnlyFailuresOutsideTheWindow() {
		String recent = "recent-" + UUID.randomUUID();
		String old = "old-" + UUID.randomUUID();
		this.throttle.recordFailure(recent);
		this.throttle.recordFailure(old);
		moveFailuresBack(old, "16 minutes");

		this.throttle.deleteExpired();

		assertThat(failures(recent)).isEqualTo(1);
		assertThat(failures(old)).isZero();
	}

	private void failTenTimes(String username) {
		for (int i = 0; i < 10; i++) {
			failOnce(username);
		}
	}

	// Quicker than a failed sign-in (no password hash), for tests about what follows.
	private void recordTenFailures(String username) {
		for (int i = 0; i < 10; i++) {
			this.throttle.recordFailure(username);
		}
	}

	private void failOnce(String username) {
		assertThatThrownBy(() -> this.users.authenticate(username, "not the password at all"))
			.isInstanceOf(InvalidCredentialsException.class);
	}

	private long failures(String username) {
		return this.jdbc.sql("SELECT count(*) FROM login_failures WHERE username_key = lower(?)")
			.param(username)
			.query(Long.class)
			.single();
	}

	private void moveFailuresBack(String username, String interval) {
		this.jdbc
			.sql("UPDATE login_failures SET failed_at = failed_at - CAST(? AS interval) WHERE username_key = lower(?)")
			.params(interval, username)
			.update();
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Throttle Tester", PASSWORD));
	}

}
