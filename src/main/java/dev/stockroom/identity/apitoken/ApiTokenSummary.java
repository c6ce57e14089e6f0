package dev.stockroom.identity.apitoken;

import java.time.Instant;

/**
 * A token as its owner's list shows it: never the key, which is not stored.
 *
 * @param id the token's id, to revoke it by
 * @param name the name the user gave it
 * @param prefix the key's first 8 characters, to tell tokens apart
 * @param createdAt when it was made
 * @param lastUsedAt when it last signed a request in (to the minute), or {@code null}
 * @param expiresAt when it stops working, or {@code null} for never
 * @param expired whether it has stopped working; it stays listed until revoked
 */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant expiresAt, boolean expired) {

	static ApiTokenSummary of(ApiToken token, Instant now) {
		return new ApiTokenSummary(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
				token.getLastUsedAt(), token.getExpiresAt(), token.isExpiredAt(now));
	}

}
