package dev.stockroom.identity.token;

import java.util.UUID;

/**
 * Whether a token family has been revoked (by logout, or because one of its refresh
 * tokens was reused). Asked for every access token, so it is the place for a cache: a
 * Redis look-up that falls back to the database when Redis is unreachable can wrap
 * {@link DatabaseRevocationCheck} without the token code changing.
 */
public interface RevocationCheck {

	boolean isFamilyRevoked(UUID familyId);

}
