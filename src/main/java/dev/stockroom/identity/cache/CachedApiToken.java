package dev.stockroom.identity.cache;

import java.time.Instant;

/**
 * A personal API token as a request needs it, kept by the hash of its key (never the
 * key).
 *
 * @param tokenId the token's id
 * @param userId whose token
 * @param username the user's username
 * @param expiresAt when it stops working; {@code null} for never
 */
public record CachedApiToken(long tokenId, long userId, String username, Instant expiresAt) {

	/**
	 * @param now the time
	 * @return whether the token has not expired at that time
	 */
	public boolean isUnexpiredAt(Instant now) {
		return this.expiresAt == null || this.expiresAt.isAfter(now);
	}

}
