package dev.stockroom.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.stockroom.identity.user.AccountProfile;
import dev.stockroom.identity.user.KnownTimeZone;
import dev.stockroom.identity.user.ProfileUpdate;

/**
 * What the profile page posts: the page's side of {@link ProfileUpdate}, its rules stated
 * again with the page's messages so that each shows beside its field. Username and email
 * are shown, never posted: they are not the user's to change here.
 *
 * @param fullName the name shown in the application
 * @param phone a phone number, or blank
 * @param jobTitle a job title, or blank
 * @param defaultWarehouseId a warehouse id, or empty
 * @param timeZone a zone id from the list, or empty for the site's
 * @param reorderDigest the "Email me a daily reorder digest" box: {@code true} when
 * ticked; a box left unticked sends nothing, which binds as {@code null} and means no
 */
record ProfileForm(@NotBlank @Size(max = 150) String fullName,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()./-]*",
				message = "may contain digits, spaces and + ( ) . / - only") String phone,
		@Size(max = 100) String jobTitle,
		@Positive(message = "Enter a warehouse id, or leave it empty") Long defaultWarehouseId,
		@KnownTimeZone String timeZone, Boolean reorderDigest) {

	static ProfileForm of(AccountProfile profile) {
		return new ProfileForm(profile.fullName(), profile.phone(), profile.jobTitle(), profile.defaultWarehouseId(),
				profile.timeZone(), profile.reorderDigest());
	}

	ProfileUpdate toUpdate() {
		return new ProfileUpdate(this.fullName, this.phone, this.jobTitle, this.defaultWarehouseId, this.timeZone,
				Boolean.TRUE.equals(this.reorderDigest));
	}

}
