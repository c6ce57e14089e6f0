package dev.stockroom.identity;

/**
 * Whom another module writes to on the application's own initiative (a digest, an alert):
 * the address and the name to greet, and the zone to write times in.
 *
 * @param id the user's id
 * @param username the username
 * @param email the email address
 * @param fullName the full name
 * @param timeZone the zone id the user reads times in, or {@code null} for the site's
 */
public record UserContact(long id, String username, String email, String fullName, String timeZone) {
}
