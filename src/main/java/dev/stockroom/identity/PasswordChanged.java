package dev.stockroom.identity;

/**
 * A user's password was changed, by the user or through a reset mail. Whatever signed in
 * with the old password must not outlive it: the API's refresh-token families are revoked
 * in the same transaction, and {@link SignOutOtherSessions} ends the user's other page
 * sessions.
 *
 * @param userId whose password
 * @param username the user's username
 */
public record PasswordChanged(long userId, String username) {
}
