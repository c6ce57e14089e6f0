package dev.stockroom.identity.web;

import jakarta.validation.constraints.NotBlank;

import dev.stockroom.identity.password.PasswordsMatch;

/**
 * What the page behind a reset link posts: the new password, twice. The token is in the
 * path, not in the form.
 *
 * @param newPassword the password wanted
 * @param newPasswordConfirmation the password typed again
 */
@PasswordsMatch(password = "newPassword", confirmation = "newPasswordConfirmation")
record PasswordResetForm(@NotBlank String newPassword, @NotBlank String newPasswordConfirmation) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("", "");
	}

	@Override
	public String toString() {
		return "PasswordResetForm[(hidden)]";
	}

}
