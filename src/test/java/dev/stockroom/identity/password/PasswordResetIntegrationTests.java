package dev.stockroom.identity.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.support.IntegrationTest;

import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.JwtService;
import dev.stockroom.identity.apitoken.ApiTokenService;

import dev.stockroom.identity.UserService;
import dev.stockroom.identity.UserAccount;

import dev.stockroom.identity.token.InvalidTokenException;
import dev.stockroom.identity.apitoken.NewApiToken;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.token.TokenPair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Password reset by mail, through a real SMTP server (GreenMail): the link is built from
 * the configured base URL, its token works once and only until it expires, is never
 * stored, and unknown addresses get nothing and learn nothing. A reset signs out every
 * session and revokes the personal API tokens. The application's clock is one the tests
 * can move forward.
 */
@IntegrationTest
class PasswordResetIntegrationTests {

	// Where the sign-ins come from; LoginThrottleIntegrationTests is about addresses.
	private static final String CLIENT = "192.0.2.1";

	private static final String BASE_URL = "https://stockroom.example.test";

	private static final Pattern LINK = Pattern
		.compile(Pattern.quote(BASE_URL + "/password-reset/") + "([A-Za-z0-9_-]{43})\\b");

	private static final String OLD_PASSWORD = "plum kettle orbit fog";

	private static final String NEW_PASSWORD = "quartz lantern meadow drift";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServerAndSite(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("stockroom.base-url", () -> BASE_URL);
	}

	@Autowired
	PasswordResets resets;

	@Autowired
	UserService users;

	@Autowired
	RefreshTokens refreshTokens;

	@Autowired
	JwtService jwt;

	@Autowired
	ApiTokenService apiTokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ShiftableClock clock;

	@AfterEach
	void restoreTheClock() {
		this.clock.shift(Duration.ZERO);
	}

	@Test
	void mailsALinkFromTheConfiguredBaseUrlWhoseTokenWorksOnce() throws Exception {
		UserAccount user = register("reset");

		this.resets.request(user.email().toUpperCase());

		String body = awaitMail(user.email());
		assertThat(body).contains(BASE_URL + "/password-reset/");
		String token = tokenIn(body);
		this.resets.reset(token, NEW_PASSWORD);

		assertThat(this.users.authenticate(user.username(), NEW_PASSWORD, CLIENT).id()).isEqualTo(user.id());
		assertThat(catchThrowableOfType(InvalidCredentialsException.class,
				() -> this.users.authenticate(user.username(), OLD_PASSWORD, CLIENT)))
			.isNotNull();
		assertInvalidToken(() -> this.resets.reset(token, "another fine long password"));
		assertThat(this.users.authenticate(user.username(), NEW_PASSWORD, CLIENT).id()).isEqualTo(user.id());
	}

	@Test
	void aLinkExpiresAfterThirtyMinutes() throws Exception {
		UserAccount user = register("expiry");
		this.resets.request(user.email());
		String token = tokenIn(awaitMail(user.email()));

		this.clock.shift(Duration.ofMinutes(30).plusSeconds(1));

		assertInvalidToken(() -> this.resets.reset(token, NEW_PASSWORD));
		this.clock.shift(Duration.ZERO);
		assertThat(this.users.authenticate(user.username(), OLD_PASSWORD, CLIENT).id()).isEqualTo(user.id());
	}

	@Test
	void aLinkStillWorksJustBeforeItExpires() throws Exception {
		UserAccount user = register("late");
		this.resets.request(user.email());
		String token = tokenIn(awaitMail(user.email()));

		this.clock.shift(Duration.ofMinutes(29));

		this.resets.reset(token, NEW_PASSWORD);
		assertThat(this.users.authenticate(user.username(), NEW_PASSWORD, CLIENT).id()).isEqualTo(user.id());
	}

	@Test
	void aNewRequestMakesTheEarlierLinkUseless() throws Exception {
		UserAccount user = register("twice");
		this.resets.request(user.email());
		String first = tokenIn(awaitMail(user.email()));
		this.resets.request(user.email());
		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(user.email()) == 2);
		String second = tokenIn(body(smtpMessagesTo(user.email())[1]));

		assertInvalidToken(() -> this.resets.reset(first, NEW_PASSWORD));
		this.resets.reset(second, NEW_PASSWORD);
	}

	@Test
	void unknownAndInactiveAddressesGetNoMailAndNoError() throws Exception {
		UserAccount inactive = register("inactive");
		this.jdbc.sql("UPDATE users SET active = false WHERE id = ?").param(inactive.id()).update();
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

		assertThatNoException().isThrownBy(() -> this.resets.request(unknown));
		assertThatNoException().isThrownBy(() -> this.resets.request(inactive.email()));
		assertThatNoException().isThrownBy(() -> this.resets.request(null));

		// A mail requested afterwards arrives; one for the others would have come first.
		UserAccount control = register("control");
		this.resets.request(control.email());
		awaitMail(control.email());
		Thread.sleep(500);
		assertThat(mailsTo(unknown)).isZero();
		assertThat(mailsTo(inactive.email())).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM password_reset_tokens WHERE user_id = ?")
			.param(inactive.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theTokenIsStoredOnlyAsItsHashAndNeverInTheEventRegistry() throws Exception {
		UserAccount user = register("hashed");
		this.resets.request(user.email());
		String token = tokenIn(awaitMail(user.email()));

		assertThat(this.jdbc.sql("SELECT count(*) FROM password_reset_tokens WHERE user_id = ? AND token_hash = ?")
			.params(user.id(), PasswordResets.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(rowsContaining("password_reset_tokens", token)).isZero();
		assertThat(rowsContaining("event_publication", token)).isZero();
		assertThat(rowsContaining("users", token)).isZero();
	}

	@Test
	void aResetSignsOutEverySessionOpenedBefore() throws Exception {
		UserAccount user = register("sessions");
		TokenPair phone = this.refreshTokens.issue(user.username());
		TokenPair laptop = this.refreshTokens.issue(user.username());
		this.resets.request(user.email());

		this.resets.reset(tokenIn(awaitMail(user.email())), NEW_PASSWORD);

		for (TokenPair pair : new TokenPair[] { phone, laptop }) {
			assertThat(catchThrowableOfType(InvalidTokenException.class,
					() -> this.refreshTokens.rotate(pair.refreshToken())))
				.isNotNull();
			assertThat(catchThrowableOfType(InvalidTokenException.class,
					() -> this.jwt.verifyAccessToken(pair.accessToken())))
				.isNotNull();
		}
		TokenPair fresh = this.refreshTokens.issue(user.username());
		assertThat(this.jwt.verifyAccessToken(fresh.accessToken()).username()).isEqualTo(user.username());
	}

	@Test
	void aResetRevokesThePersonalApiTokens() throws Exception {
		UserAccount user = register("tokens");
		NewApiToken script = this.apiTokens.create(user.username(), "nightly export", Optional.empty());
		assertThat(this.apiTokens.authenticate(script.key())).isPresent();
		this.resets.request(user.email());

		this.resets.reset(tokenIn(awaitMail(user.email())), NEW_PASSWORD);

		assertThat(this.apiTokens.authenticate(script.key())).isEmpty();
		assertThat(this.apiTokens.list(user.username())).isEmpty();
	}

	@Test
	void theNewPasswordMustMeetThePolicyAndARefusalLeavesTheLinkUsable() throws Exception {
		UserAccount user = register("policy");
		this.resets.request(user.email());
		String token = tokenIn(awaitMail(user.email()));

		InvalidFieldException tooShort = catchThrowableOfType(InvalidFieldException.class,
				() -> this.resets.reset(token, "short"));
		InvalidFieldException ownName = catchThrowableOfType(InvalidFieldException.class,
				() -> this.resets.reset(token, user.username()));

		assertThat(tooShort.getField()).isEqualTo("newPassword");
		assertThat(tooShort.getMessages()).contains("Use at least 12 characters");
		assertThat(ownName.getField()).isEqualTo("newPassword");
		this.resets.reset(token, NEW_PASSWORD);
		assertThat(this.users.authenticate(user.username(), NEW_PASSWORD, CLIENT).id()).isEqualTo(user.id());
	}

	@Test
	void malformedAndMadeUpTokensFailTheSameWay() {
		assertInvalidToken(() -> this.resets.reset(null, NEW_PASSWORD));
		assertInvalidToken(() -> this.resets.reset("", NEW_PASSWORD));
		assertInvalidToken(() -> this.resets.reset("not a token", NEW_PASSWORD));
		assertInvalidToken(() -> this.resets.reset("A".repeat(43), NEW_PASSWORD));
	}

	private static void assertInvalidToken(Runnable reset) {
		InvalidFieldException ex = catchThrowableOfType(InvalidFieldException.class, reset::run);
		assertThat(ex).as("refused as an invalid link").isNotNull();
		assertThat(ex.getField()).isEqualTo("token");
		assertThat(ex.getMessages()).containsExactly("This reset link is invalid or has expired");
	}

	private long rowsContaining(String table, String text) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " t WHERE strpos(t::text, ?) > 0")
			.param(text)
			.query(Long.class)
			.single();
	}

	private static String tokenIn(String body) {
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("a link in: %s", body).isTrue();
		return matcher.group(1);
	}

	private static String awaitMail(String recipient) throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(recipient) > 0);
		return body(smtpMessagesTo(recipient)[0]);
	}

	private static String body(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private static long mailsTo(String recipient) throws Exception {
		return smtpMessagesTo(recipient).length;
	}

	private static MimeMessage[] smtpMessagesTo(String recipient) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			// Registering sends a welcome mail too: only reset mails count.
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
					&& "Reset your Stockroom password".equals(message.getSubject())) {
				found.add(message);
			}
		}
		return found.toArray(new MimeMessage[0]);
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Reset Tester", OLD_PASSWORD));
	}

	/** The system clock, moved forward as far as a test says. */
	static final class ShiftableClock extends Clock {

		private volatile Duration offset = Duration.ZERO;

		void shift(Duration offset) {
			this.offset = offset;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		// Primary over the platform's system clock,
		// so every service of this context reads it.
		@Bean
		@Primary
		ShiftableClock shiftableClock() {
			return new ShiftableClock();
		}

	}

}
