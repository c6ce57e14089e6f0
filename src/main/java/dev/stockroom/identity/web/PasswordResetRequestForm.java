package dev.stockroom.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the "forgot your password" page posts. A malformed address is refused beside the
 * field (that tells nobody anything about accounts); any well-formed one gets the same
 * answer.
 *
 * @param email the address of the account
 */
record PasswordResetRequestForm(@NotBlank @Email @Size(max = 254) String email) {

	static PasswordResetRequestForm empty() {
		return new PasswordResetRequestForm("");
	}

}
