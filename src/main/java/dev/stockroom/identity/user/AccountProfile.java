package dev.stockroom.identity.user;

/**
 * A user's own account as the profile page shows it: the login's fields, which the user
 * reads, and the profile's, which the user edits.
 *
 * @param username the username
 * @param email the email address
 * @param fullName the name shown in the application
 * @param phone the phone number, or {@code null}
 * @param jobTitle the job title, or {@code null}
 * @param defaultWarehouseId the default warehouse's id, or {@code null}
 * @param timeZone the zone id the pages show times in, or {@code null} for the site's
 * @param reorderDigest whether the user asked for the daily reorder digest by mail
 */
public record AccountProfile(String username, String email, String fullName, String phone, String jobTitle,
		Long defaultWarehouseId, String timeZone, boolean reorderDigest) {

	public static AccountProfile of(User user, UserProfile profile) {
		return new AccountProfile(user.getUsername(), user.getEmail(), user.getFullName(), profile.getPhone(),
				profile.getJobTitle(), profile.getDefaultWarehouseId(), profile.getTimeZone(),
				profile.isReorderDigest());
	}

}
