package dev.stockroom.identity.apitoken;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.identity.cache.CachedApiToken;
import dev.stockroom.identity.cache.IdentityCache;
import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserNotFoundException;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.platform.api.TimeRange;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * Personal API tokens, the counterpart of DRF's {@code TokenAuthentication}: a user makes
 * named tokens for scripts and integrations, lists them and revokes them one by one, and
 * a request sends one as {@code Authorization: Token <key>}. {@link #authenticate} is
 * what an authentication provider calls with the key it reads from that header.
 *
 * <p>
 * A key is shown once, by {@link #create}; only its SHA-256 is stored (see
 * {@code ApiTokenKeys} for why a fast hash is right for random keys). A user holds at
 * most {@value #MAX_USABLE_TOKENS} tokens that still work; a name is unique per user,
 * ignoring case, among the tokens not revoked, expired ones included, since they are
 * still listed.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	static final int MAX_USABLE_TOKENS = 20;

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final Clock clock;

	private final IdentityCache cache;

	ApiTokenService(ApiTokenRepository tokens, UserRepository users, Clock clock, IdentityCache cache) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.cache = cache;
	}

	/**
	 * Makes a token for a user.
	 * @param username whose token, in any case
	 * @param name what the user calls it, 1 to 100 characters once surrounding spaces are
	 * removed
	 * @param expiresAt when it stops working; empty for never
	 * @return the token with its key, which is never available again
	 * @throws UserNotFoundException when there is no such user
	 * @throws InvalidFieldException when the name (field {@code name}) or the expiry
	 * (field {@code expiresAt}, which must be in the future) is not acceptable
	 * @throws ConflictException when the user already has a token of that name, or
	 * already has {@value #MAX_USABLE_TOKENS} tokens that work
	 */
	@Transactional
	public NewApiToken create(String username, String name, Optional<Instant> expiresAt) {
		Instant now = Instant.now(this.clock);
		String checkedName = checkName(name);
		if (expiresAt.isPresent() && !TimeRange.accepts(expiresAt.get())) {
			throw new InvalidFieldException("expiresAt", "Choose a time before the year 10000");
		}
		Instant expiry = expiresAt.map(ApiToken::storable).orElse(null);
		if (expiry != null && !expiry.isAfter(now)) {
			throw new InvalidFieldException("expiresAt", "Choose a time in the future");
		}
		// Locked, so that two requests of the same user cannot
		// both pass the checks below.
		User user = this.users.findByUsernameForUpdate(username).orElseThrow(() -> new UserNotFoundException(username));
		if (this.tokens.nameTaken(user, checkedName)) {
			throw duplicateName(checkedName);
		}
		if (this.tokens.countUsable(user, now) >= MAX_USABLE_TOKENS) {
			throw new ConflictException("too-many-api-tokens", "You already have " + MAX_USABLE_TOKENS
					+ " API tokens, the most allowed: revoke one you no longer use first");
		}
		String key = ApiTokenKeys.generate();
		ApiToken token = save(new ApiToken(user, checkedName, key, now, expiry));
		return new NewApiToken(token.getId(), token.getName(), key, token.getPrefix(), token.getCreatedAt(),
				token.getExpiresAt());
	}

	/**
	 * @param username whose tokens, in any case
	 * @return the user's tokens that are not revoked, expired ones included, oldest
	 * first; never a key
	 * @throws UserNotFoundException when there is no such user
	 */
	public List<ApiTokenSummary> list(String username) {
		User user = this.users.findByUsername(username).orElseThrow(() -> new UserNotFoundException(username));
		Instant now = Instant.now(this.clock);
		return this.tokens.findNotRevoked(user).stream().map((token) -> ApiTokenSummary.of(token, now)).toList();
	}

	/**
	 * Revokes one of a user's own tokens: it stops working at once. The row stays, as a
	 * record, and its name may be used again.
	 * @param username whose token, in any case
	 * @param tokenId which token
	 * @throws UserNotFoundException when there is no such user
	 * @throws ApiTokenNotFoundException when the user has no such token that is not
	 * revoked; another user's token is not found either
	 */
	@Transactional
	public void revoke(String username, long tokenId) {
		User user = this.users.findByUsername(username).orElseThrow(() -> new UserNotFoundException(username));
		ApiToken token = this.tokens.findNotRevoked(tokenId, user)
			.orElseThrow(() -> new ApiTokenNotFoundException(tokenId));
		token.revoke(Instant.now(this.clock));
		this.cache.evictUserAfterCommit(user.getId());
	}

	/**
	 * Revokes every token of a user that is not revoked yet (after a password reset,
	 * which often follows a compromise: whoever had the password may have made tokens
	 * with it). The rows stay, as a record.
	 * @param userId whose tokens
	 */
	@Transactional
	public void revokeAllOf(long userId) {
		Instant now = Instant.now(this.clock);
		this.users.findById(userId)
			.ifPresent((user) -> this.tokens.findNotRevoked(user).forEach((token) -> token.revoke(now)));
		this.cache.evictUserAfterCommit(userId);
	}

	/**
	 * Finds who a key signs in, and records that the token was used.
	 *
	 * <p>
	 * {@code last_used_at} is written at most once a
	 * {@linkplain ApiToken#LAST_USED_PRECISION minute} per token: writing it on every
	 * request would turn each read of the API into a write (a row lock, WAL, a dead tuple
	 * for vacuum), and parallel requests with one token would queue on that row's lock.
	 * To the minute is all a user needs to spot a token nobody uses any more.
	 * @param key the key as the client sent it; anything at all
	 * @return the token's user, or empty when the key is malformed or unknown, or the
	 * token is revoked or expired, or its user is inactive
	 */
	@Transactional
	public Optional<ApiTokenPrincipal> authenticate(String key) {
		Instant now = Instant.now(this.clock);
		Optional<ApiToken> found = findUsable(key, now);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiToken token = found.get();
		ApiTokenPrincipal principal = new ApiTokenPrincipal(token.getUser().getId(), token.getUser().getUsername(),
				token.getId());
		if (token.lastUseIsStaleAt(now)) {
			this.tokens.touch(token.getId(), ApiToken.storable(now), now.minus(ApiToken.LAST_USED_PRECISION));
		}
		return Optional.of(principal);
	}

	/**
	 * Finds who a key signs in, for a request: as {@link #authenticate}, but writes
	 * nothing, so it runs in a read-only transaction; the request records the use after
	 * the answer ({@link ApiTokenUses}).
	 * @param key the key as the client sent it; anything at all
	 * @return the token, or empty when the key is malformed or unknown, or the token is
	 * revoked or expired, or its user is inactive
	 */
	Optional<CachedApiToken> find(String key) {
		return findUsable(key, Instant.now(this.clock)).map((token) -> new CachedApiToken(token.getId(),
				token.getUser().getId(), token.getUser().getUsername(), token.getExpiresAt()));
	}

	/**
	 * Records that a token was used, on a thread of its own, unless a use was recorded
	 * less than a {@linkplain ApiToken#LAST_USED_PRECISION minute} ago.
	 * @param tokenId the token
	 * @param now when it was used
	 */
	@Async
	@Transactional
	public void recordUse(long tokenId, Instant now) {
		this.tokens.touch(tokenId, ApiToken.storable(now), now.minus(ApiToken.LAST_USED_PRECISION));
	}

	private Optional<ApiToken> findUsable(String key, Instant now) {
		if (!ApiTokenKeys.isWellFormed(key)) {
			return Optional.empty();
		}
		// The database finds the row by the hash. Timing may tell an attacker how much of
		// a stored hash their guess's hash shares, which helps nothing: turning that into
		// a key means inverting SHA-256.
		byte[] digest = ApiTokenKeys.digest(key);
		return this.tokens.findByKeyHash(ApiTokenKeys.hash(key))
			.filter((token) -> token.hasDigest(digest))
			.filter((token) -> token.isUsableAt(now))
			.filter((token) -> token.getUser().isActive());
	}

	private static String checkName(String name) {
		String stripped = (name != null) ? name.strip() : "";
		List<String> problems = new ArrayList<>();
		if (stripped.isEmpty()) {
			problems.add("Give the token a name");
		}
		// PostgreSQL's VARCHAR(100) counts characters, not UTF-16 units.
		if (stripped.codePointCount(0, stripped.length()) > ApiToken.MAX_NAME_LENGTH) {
			problems.add("Use at most " + ApiToken.MAX_NAME_LENGTH + " characters");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			problems.add("Use no control characters");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException("name", problems);
		}
		return stripped;
	}

	// The user's row lock makes the check above decide; the unique index stays the last
	// word should anything write tokens without it.
	private ApiToken save(ApiToken token) {
		try {
			return this.tokens.saveAndFlush(token);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("api_tokens_user_name_key")) {
				throw duplicateName(token.getName());
			}
			throw ex;
		}
	}

	private static ConflictException duplicateName(String name) {
		return new ConflictException("duplicate-api-token-name", "You already have an API token named '" + name + "'");
	}

}
