package dev.stockroom.identity.token;

import java.time.Instant;
import java.util.UUID;

/**
 * What a checked token says: whose it is and which family it belongs to. The user's
 * permissions are not in the token; they are looked up per request
 * ({@link UserService#permissionsOf}), so a change applies at once.
 *
 * @param username the {@code sub} claim
 * @param tokenId the {@code jti} claim
 * @param familyId the {@code fid} claim: the refresh-token family the token was issued in
 * @param issuedAt the {@code iat} claim
 * @param expiresAt the {@code exp} claim
 */
public record VerifiedToken(String username, UUID tokenId, UUID familyId, Instant issuedAt, Instant expiresAt) {
}
