package dev.stockroom.identity.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.identity.cache.IdentityCache;
import dev.stockroom.identity.password.InvalidCredentialsException;

/**
 * Token pairs with one-time refresh tokens (OAuth 2.1, section 4.3.1): a sign-in starts a
 * family; each refresh replaces the presented refresh token with the next one in the
 * family. A refresh token presented again after it was replaced, or after a logout, has
 * been copied by someone: the whole family is revoked, its newest refresh token and its
 * access tokens included ({@link JwtService#verifyAccessToken} asks
 * {@link RevocationCheck}), and both the thief and the owner must sign in again.
 *
 * <p>
 * Every refresh token issued is recorded by id in {@code refresh_tokens}; the rows also
 * make a family's state visible to support staff. Users who are inactive or gone get no
 * tokens.
 */
@Service
public class RefreshTokens {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);

	private final JwtService jwt;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final IdentityCache cache;

	RefreshTokens(JwtService jwt, JdbcClient jdbc, ApplicationEventPublisher events, IdentityCache cache) {
		this.jwt = jwt;
		this.jdbc = jdbc;
		this.events = events;
		this.cache = cache;
	}

	/**
	 * Starts a new family for a user who has just proved who they are (see
	 * {@link UserService#authenticate}).
	 * @param username the user, in any case
	 * @return a new access and refresh token
	 * @throws InvalidCredentialsException when the user is unknown or inactive
	 */
	@Transactional
	public TokenPair issue(String username) {
		UserRow user = findUser(username).filter(UserRow::active).orElseThrow(InvalidCredentialsException::new);
		return issueInFamily(user, UUID.randomUUID()).pair();
	}

	/**
	 * Exchanges a refresh token for the next pair of its family; the presented token is
	 * used up. Rows are locked, so two requests racing with one token cannot both win:
	 * the second one counts as reuse.
	 * @param refreshToken the refresh token
	 * @return the next pair
	 * @throws InvalidTokenException when the token is invalid, expired, unknown, used up
	 * or revoked (the last two revoke its family), or its user is inactive (which revokes
	 * it too)
	 */
	// The revocation must outlive the exception that reports it.
	@Transactional(noRollbackFor = InvalidTokenException.class)
	public TokenPair rotate(String refreshToken) {
		VerifiedToken presented = this.jwt.verify(refreshToken, TokenType.REFRESH);
		StoredToken stored = this.jdbc.sql("""
				SELECT t.family_id, t.revoked_at IS NOT NULL AS revoked, t.replaced_by IS NOT NULL AS replaced,
				       u.id AS user_id, u.username, u.active
				FROM refresh_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.jti = ?
				FOR UPDATE OF t""")
			.param(presented.tokenId())
			.query((rs, row) -> new StoredToken(rs.getObject("family_id", UUID.class), rs.getBoolean("revoked"),
					rs.getBoolean("replaced"),
					new UserRow(rs.getLong("user_id"), rs.getString("username"), rs.getBoolean("active"))))
			.optional()
			.orElseThrow(() -> new InvalidTokenException("unknown refresh token " + presented.tokenId()));
		if (stored.replaced() || stored.revoked()) {
			revokeFamily(stored.familyId());
			log.warn("Refresh token {} of user {} presented again after it was {}: family {} revoked",
					presented.tokenId(), stored.user().username(), stored.revoked() ? "revoked" : "rotated",
					stored.familyId());
			throw new InvalidTokenException("reused refresh token " + presented.tokenId());
		}
		if (!stored.user().active()) {
			revokeFamily(stored.familyId());
			throw new InvalidTokenException("refresh token of inactive user " + stored.user().username());
		}
		IssuedPair next = issueInFamily(stored.user(), stored.familyId());
		this.jdbc.sql("UPDATE refresh_tokens SET replaced_by = ? WHERE jti = ?")
			.params(next.refreshTokenId(), presented.tokenId())
			.update();
		return next.pair();
	}

	/**
	 * Logout: revokes the family of a refresh token, so that neither it, nor any token
	 * issued after it, nor the family's access tokens work any more. A token that was
	 * already revoked is fine (logging out twice is not an error).
	 * @param refreshToken the refresh token
	 * @throws InvalidTokenException when the token is not a valid refresh token of ours
	 */
	@Transactional
	public void revoke(String refreshToken) {
		VerifiedToken presented = this.jwt.verify(refreshToken, TokenType.REFRESH);
		revokeFamily(presented.familyId());
	}

	/**
	 * Signs a user out everywhere: revokes every family of the user's refresh tokens, and
	 * with them the families' access tokens (after a password reset, say, so that whoever
	 * knew the old password loses the sessions it opened).
	 * @param userId whose tokens
	 */
	@Transactional
	public void revokeAllOf(long userId) {
		List<RevokedRow> revoked = this.jdbc.sql("""
				UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL
				RETURNING family_id, expires_at""")
			.params(Timestamp.from(this.jwt.now()), userId)
			.query(RevokedRow.class)
			.list();
		Map<UUID, Instant> families = revoked.stream()
			.collect(Collectors.toMap(RevokedRow::familyId, (row) -> row.expiresAt().toInstant(),
					(one, other) -> one.isAfter(other) ? one : other));
		families.forEach(this::announce);
	}

	private void revokeFamily(UUID familyId) {
		Instant expiresAt = this.jdbc.sql("""
				UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL
				RETURNING expires_at""")
			.params(Timestamp.from(this.jwt.now()), familyId)
			.query(Timestamp.class)
			.list()
			.stream()
			.map(Timestamp::toInstant)
			.max(Comparator.naturalOrder())
			.orElse(null);
		// Also when nothing changed (logging out twice): a cache that missed the first
		// revocation learns it now.
		announce(familyId, expiresAt);
	}

	private void announce(UUID familyId, Instant expiresAt) {
		this.events.publishEvent(new TokenFamilyRevoked(familyId, expiresAt));
		this.cache.familyRevokedAfterCommit(familyId);
	}

	private IssuedPair issueInFamily(UserRow user, UUID familyId) {
		Instant now = this.jwt.now().truncatedTo(ChronoUnit.SECONDS);
		UUID refreshId = UUID.randomUUID();
		String access = this.jwt.issue(TokenType.ACCESS, user.username(), UUID.randomUUID(), familyId, now);
		String refresh = this.jwt.issue(TokenType.REFRESH, user.username(), refreshId, familyId, now);
		this.jdbc.sql("""
				INSERT INTO refresh_tokens (jti, family_id, user_id, issued_at, expires_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(refreshId, familyId, user.id(), Timestamp.from(now),
					Timestamp.from(now.plus(this.jwt.refreshTokenTtl())))
			.update();
		return new IssuedPair(new TokenPair(access, refresh, this.jwt.accessTokenTtl()), refreshId);
	}

	private Optional<UserRow> findUser(String username) {
		return this.jdbc.sql("SELECT id, username, active FROM users WHERE lower(username) = lower(?)")
			.param(username)
			.query((rs, row) -> new UserRow(rs.getLong("id"), rs.getString("username"), rs.getBoolean("active")))
			.optional();
	}

	private record UserRow(long id, String username, boolean active) {
	}

	private record StoredToken(UUID familyId, boolean revoked, boolean replaced, UserRow user) {
	}

	private record IssuedPair(TokenPair pair, UUID refreshTokenId) {
	}

	private record RevokedRow(UUID familyId, Timestamp expiresAt) {
	}

}
