package dev.stockroom.identity.password;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After 10 failed sign-ins in 15 minutes from one client address a username is refused to
 * that address, right password or not, until the window has passed; other addresses sign
 * in to it with the right password, other accounts as usual, unknown usernames are
 * throttled alike, and a successful sign-in clears its address's count. Time passing is
 * played by moving the recorded failures back, which is all the throttle reads.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	// Made up for each run, so that no earlier request of the shared context (or the
	// rate limiter's bucket for its address) has a say.
	private static final String GUESSER = randomAddress();

	private static final String OWNER = randomAddress();

	@Autowired
	MockMvc mvc;

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
				() -> this.users.authenticate(victim.username().toUpperCase(), PASSWORD, GUESSER));

		assertThat(refused).isNotNull();
		assertThat(refused.getRetryAfterSeconds()).isBetween(1L, 15 * 60L);
		assertThat(failures(victim.username())).as("refused attempts are not counted").isEqualTo(10);
		assertThat(this.users.authenticate(bystander.username(), PASSWORD, GUESSER).id()).isEqualTo(bystander.id());
	}

	@Test
	void tenFailuresFromOneAddressDoNotLockTheAccountForAnother() {
		UserAccount user = register("admin");
		failTenTimes(user.username());

		assertThat(this.users.authenticate(user.username(), PASSWORD, OWNER).id()).isEqualTo(user.id());
		assertThatThrownBy(() -> this.users.authenticate(user.username(), PASSWORD, GUESSER))
			.isInstanceOf(LoginThrottledException.class);
		assertThat(failures(user.username())).as("the owner's sign-in leaves the guesser's count").isEqualTo(10);
	}

	@Test
	void theTokenEndpointRefusesOnlyTheAddressThatFailedWith429AndRetryAfter() throws Exception {
		UserAccount user = register("api");
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(token(user.username(), "not the password at all", GUESSER))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(token(user.username(), PASSWORD, OWNER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.access_token").isString());
		this.mvc.perform(token(user.username(), PASSWORD, GUESSER))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-9][0-9]*")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void retryAfterIsWhenTheOldestCountedFailureLeavesTheWindow() {
		UserAccount user = register("retry");
		recordTenFailures(user.username());
		moveFailuresBack(user.username(), "10 minutes");

		LoginThrottledException refused = catchThrowableOfType(LoginThrottledException.class,
				() -> this.users.authenticate(user.username(), PASSWORD, GUESSER));

		assertThat(refused.getRetryAfterSeconds()).isBetween(5 * 60L - 10, 5 * 60L + 1);
	}

	@Test
	void signInWorksAgainOnceTheWindowHasPassed() {
		UserAccount user = register("patient");
		recordTenFailures(user.username());
		assertThatThrownBy(() -> this.users.authenticate(user.username(), PASSWORD, GUESSER))
			.isInstanceOf(LoginThrottledException.class);

		moveFailuresBack(user.username(), "15 minutes 1 second");

		assertThat(this.users.authenticate(user.username(), PASSWORD, GUESSER).id()).isEqualTo(user.id());
	}

	@Test
	void aSuccessfulSignInClearsTheFailures() {
		UserAccount user = register("forgetful");
		for (int i = 0; i < 9; i++) {
			failOnce(user.username());
		}

		this.users.authenticate(user.username(), PASSWORD, GUESSER);

		assertThat(failures(user.username())).isZero();
		for (int i = 0; i < 9; i++) {
			failOnce(user.username());
		}
		assertThat(this.users.authenticate(user.username(), PASSWORD, GUESSER).id()).isEqualTo(user.id());
	}

	@Test
	void unknownUsernamesAreThrottledTheSameWay() {
		String nobody = "Nobody-" + UUID.randomUUID();
		failTenTimes(nobody);

		assertThatThrownBy(() -> this.users.authenticate(nobody, PASSWORD, GUESSER))
			.isInstanceOf(LoginThrottledException.class)
			.hasMessage("Too many failed sign-ins; try again later");
		assertThat(failures(nobody)).isEqualTo(10);
	}

	@Test
	void theCleanUpDeletesOnlyFailuresOutsideTheWindow() {
		String recent = "recent-" + UUID.randomUUID();
		String old = "old-" + UUID.randomUUID();
		this.throttle.recordFailure(recent, GUESSER);
		this.throttle.recordFailure(old, GUESSER);
		moveFailuresBack(old, "16 minutes");

		this.throttle.deleteExpired();

		assertThat(failures(recent)).isEqualTo(1);
		assertThat(failures(old)).isZero();
	}

	private static MockHttpServletRequestBuilder token(String username, String password, String address) {
		return post("/api/v1/auth/token").with(SignIn.anonymous()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
	}

	// From 10.0.0.0/8: never an address a test request comes from otherwise.
	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private void failTenTimes(String username) {
		for (int i = 0; i < 10; i++) {
			failOnce(username);
		}
	}

	// Quicker than a failed sign-in (no password hash), for tests about what follows.
	private void recordTenFailures(String username) {
		for (int i = 0; i < 10; i++) {
			this.throttle.recordFailure(username, GUESSER);
		}
	}

	private void failOnce(String username) {
		assertThatThrownBy(() -> this.users.authenticate(username, "not the password at all", GUESSER))
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
