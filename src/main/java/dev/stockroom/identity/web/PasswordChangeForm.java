package dev.stockroom.identity.web;

import jakarta.validation.constraints.NotBlank;

import dev.stockroom.identity.password.PasswordsMatch;

/**
 * What the password change page posts. The current password proves that whoever sits at a
 * signed-in browser is its owner; the new one's rules are the service's
 * ({@link PasswordPolicy}).
 *
 * @param currentPassword the password the user has now
 * @param newPassword the password wanted
 * @param newPasswordConfirmation the new password typed again
 */
@PasswordsMatch(password = "newPassword", confirmation = "newPasswordConfirmation")
record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String newPasswordConfirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	@Override
	public String toString() {
		return "PasswordChangeForm[(hidden)]";
	}

}
