package dev.stockroom.identity.password;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.stockroom.identity.PasswordChanged;
import dev.stockroom.identity.PasswordResetRequested;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.platform.SiteProperties;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * Password reset by mail (Django's {@code PasswordResetView} and
 * {@code PasswordResetConfirmView}): {@link #request} mails a link with a random
 * single-use token, {@link #reset} sets a new password with it.
 *
 * <p>
 * A token is 32 random bytes ({@link RandomSecrets}) in unpadded base64url (43
 * characters). Only its SHA-256 is stored (see {@code ApiTokenKeys} for why a fast hash
 * suits random secrets); the token itself exists only in the mail. The link is built from
 * {@code stockroom.base-url} and never from the request, so a forged {@code Host} header
 * cannot make us mail a link to an attacker's server.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {

	static final String INVALID_TOKEN = "This reset link is invalid or has expired";

	static final String PATH = "/password-reset/";

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	// No user has it: the statements run for an unknown address change nothing.
	private static final long NO_USER = -1;

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final RefreshTokens refreshTokens;

	private final ApiTokenService apiTokens;

	private final LoginThrottle loginThrottle;

	private final PasswordResetMail mail;

	private final PasswordResetProperties properties;

	private final SiteProperties site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, UserRepository users, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, RefreshTokens refreshTokens, ApiTokenService apiTokens,
			LoginThrottle loginThrottle, PasswordResetMail mail, PasswordResetProperties properties,
			SiteProperties site, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.refreshTokens = refreshTokens;
		this.apiTokens = apiTokens;
		this.loginThrottle = loginThrottle;
		this.mail = mail;
		this.properties = properties;
		this.site = site;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Mails a reset link to the active user with this address, if there is one, and makes
	 * the user's earlier links useless. Whether there is such a user or not, the caller
	 * sees the same: no answer, no error, and about the same time taken (the same token
	 * work and the same statements run), so this cannot be used to find out which
	 * addresses have accounts.
	 * @param email the address, in any case
	 */
	@Transactional
	public void request(String email) {
		String token = RandomSecrets.generate();
		String tokenHash = hash(token);
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Instant expiresAt = now.plus(this.properties.ttl());
		// Locked, so that two requests for one user cannot both keep a link.
		Optional<Recipient> recipient = (email != null) ? this.jdbc.sql("""
				SELECT id, email FROM users WHERE lower(email) = lower(?) AND active FOR UPDATE""")
			.param(email.strip())
			.query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email")))
			.optional() : Optional.empty();
		long userId = recipient.map(Recipient::userId).orElse(NO_USER);
		this.jdbc.sql("""
				WITH superseded AS (
				    DELETE FROM password_reset_tokens WHERE user_id = :user AND used_at IS NULL
				)
				INSERT INTO password_reset_tokens (token_hash, user_id, created_at, expires_at)
				SELECT :hash, id, :now, :expires FROM users WHERE id = :user""")
			.param("user", userId)
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		recipient.ifPresent((to) -> {
			this.events.publishEvent(new PasswordResetRequested(to.userId(), expiresAt));
			mailAfterCommit(to.email(), token, expiresAt);
		});
	}

	// Why not an event listener: an event handed to an after-commit listener, an
	// @ApplicationModuleListener or a plain @TransactionalEventListener(AFTER_COMMIT)
	// alike, is serialised into the event publication registry's table (Spring
	// Modulith's multicaster registers every after-commit listener), so an event that
	// carried the token would store it in the clear. A transaction synchronization hands
	// the token straight to the mailer, after the commit, so no mail goes out for a
	// request that rolled back. The price: a mail lost because the mail server is down
	// is not retried; the user asks for another link.
	private void mailAfterCommit(String email, String token, Instant expiresAt) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				PasswordResets.this.mail.send(email, PasswordResets.this.site.link(PATH + token), expiresAt);
			}

		});
	}

	/**
	 * Whether a token from a reset mail would be accepted now, so that the page can say a
	 * link is dead before the user chooses a new password. {@link #reset} checks again,
	 * under a lock: the answer may be stale a moment later.
	 * @param token the token from the link
	 * @return false when the token is malformed, unknown, used, superseded or expired, or
	 * its user inactive
	 */
	public boolean isUsable(String token) {
		if (token == null || !FORMAT.matcher(token).matches()) {
			return false;
		}
		return this.jdbc.sql("""
				SELECT count(*) FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.token_hash = ? AND t.used_at IS NULL AND t.expires_at > ? AND u.active""")
			.params(hash(token), Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets a new password with a token from a reset mail. The token is used up; every
	 * session of the user (page sessions, refresh-token families and their access tokens)
	 * is signed out, and the username's failed sign-ins are forgotten. The user's
	 * personal API tokens are revoked too: a reset often follows a compromise, and
	 * whoever knew the password may have made tokens with it (a voluntary password
	 * change, routine for a user in control of the account, keeps them and the scripts
	 * using them).
	 * @param token the token from the link
	 * @param newPassword the password the user wants
	 * @throws InvalidFieldException when the token is unknown, used, superseded by a
	 * newer one or expired, or its user inactive (field {@code token}, one message for
	 * all), or the new password breaks the policy (field {@code newPassword}; the token
	 * stays usable)
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		if (token == null || !FORMAT.matcher(token).matches()) {
			throw invalidToken();
		}
		String tokenHash = hash(token);
		Instant now = Instant.now(this.clock);
		// Locked, so that two resets racing with one token cannot both succeed.
		long userId = this.jdbc.sql("""
				SELECT user_id FROM password_reset_tokens
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
				FOR UPDATE""")
			.params(tokenHash, Timestamp.from(now))
			.query(Long.class)
			.optional()
			.orElseThrow(PasswordResets::invalidToken);
		User user = this.users.findById(userId).filter(User::isActive).orElseThrow(PasswordResets::invalidToken);
		List<String> problems = this.passwordPolicy.check(newPassword, user.getUsername(), user.getEmail());
		if (!problems.isEmpty()) {
			throw new InvalidFieldException("newPassword", problems);
		}
		user.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.jdbc.sql("UPDATE password_reset_tokens SET used_at = ? WHERE token_hash = ?")
			.params(Timestamp.from(now), tokenHash)
			.update();
		this.refreshTokens.revokeAllOf(userId);
		this.apiTokens.revokeAllOf(userId);
		this.events.publishEvent(new PasswordChanged(userId, user.getUsername()));
		this.loginThrottle.clearAll(user.getUsername());
		log.info("Password of user {} reset by mail", user.getUsername());
	}

	// Expired links are of no use, used ones no longer worth keeping.
	// A recurring background job: once across instances, on a worker. Public, because
	// JobRunr calls it by reflection.
	@Recurring(id = "password-reset-tokens.delete-expired", interval = "PT1H")
	@Job(name = "Delete expired password reset links")
	@Transactional
	public void deleteExpired() {
		this.jdbc.sql("DELETE FROM password_reset_tokens WHERE expires_at < ?")
			.param(Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	private static InvalidFieldException invalidToken() {
		return new InvalidFieldException("token", INVALID_TOKEN);
	}

	static String hash(String token) {
		return RandomSecrets.hash(token);
	}

	private record Recipient(long userId, String email) {
	}

}
