package dev.stockroom.identity;

/**
 * A user registered. Published inside the registering transaction; a listener that sends
 * the welcome email should run after commit ({@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener}), so no mail goes out for a registration that was
 * rolled back.
 *
 * @param userId the new user's id
 * @param username the username
 * @param email where to write to them
 */
public record UserRegistered(long userId, String username, String email) {
}
