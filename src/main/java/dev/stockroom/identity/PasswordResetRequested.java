package dev.stockroom.identity;

import java.time.Instant;

/**
 * A user asked for a password reset link (for an audit log or a security notice). It
 * deliberately carries no token: events handed to after-commit listeners are written to
 * the event publication registry, and the token must exist nowhere but in the mail.
 *
 * @param userId whose password
 * @param expiresAt when the link stops working
 */
public record PasswordResetRequested(long userId, Instant expiresAt) {
}
