package dev.stockroom.identity.token;

import java.time.Instant;
import java.util.UUID;

/**
 * A token family was revoked, in the transaction going on. Internal to identity: it lets
 * a cache of revocations ({@link RedisRevocationCheck}) learn about it without
 * {@link RefreshTokens} knowing of any cache.
 *
 * @param familyId the family
 * @param expiresAt when the family's last refresh token expires, after which none of its
 * tokens works anyway; {@code null} when unknown
 */
record TokenFamilyRevoked(UUID familyId, Instant expiresAt) {
}
