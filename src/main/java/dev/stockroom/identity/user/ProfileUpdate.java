package dev.stockroom.identity.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a user may change about themselves: the full name on the user and the fields of
 * the one-to-one profile. The sizes are the columns' ({@code users.full_name},
 * {@code user_profiles}); the phone pattern is the suppliers' one. Blank optional fields
 * are stored as absent.
 *
 * @param fullName the name shown in the application
 * @param phone a phone number, or blank
 * @param jobTitle a job title, or blank
 * @param defaultWarehouseId the id of the warehouse the user mostly works in, or
 * {@code null}; it must exist
 * @param timeZone the zone id the pages show times in, one of
 * {@link TimeZones#choices()}, or blank for the site's
 * @param reorderDigest whether to receive the daily reorder digest by mail (and as a
 * notification)
 */
public record ProfileUpdate(@NotBlank @Size(max = 150) String fullName,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()./-]*",
				message = "may contain digits, spaces and + ( ) . / - only") String phone,
		@Size(max = 100) String jobTitle, @Positive Long defaultWarehouseId, @KnownTimeZone String timeZone,
		boolean reorderDigest) {
}
