package dev.stockroom.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.password.PasswordsMatch;

/**
 * What the registration page posts. The rules of the fields are those of
 * {@link RegistrationRequest}, stated again so that the page can show every broken rule
 * beside its field before the service is asked; the password policy (which needs the
 * common-passwords list) and the uniqueness of username and email are the service's.
 *
 * @param username the username wanted
 * @param email the email address
 * @param fullName the name shown in the application
 * @param password the chosen password
 * @param passwordConfirmation the password typed again
 */
@PasswordsMatch(password = "password", confirmation = "passwordConfirmation")
record RegistrationForm(
		@NotBlank @Size(max = 150) @Pattern(regexp = "\\s*[A-Za-z0-9@.+_-]*\\s*",
				message = "may contain letters, digits and @ . + - _ only") String username,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 150) String fullName,
		@NotBlank String password, @NotBlank String passwordConfirmation) {

	/**
	 * @return an empty form, for the first visit
	 */
	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "");
	}

	RegistrationRequest toRequest() {
		return new RegistrationRequest(this.username, this.email, this.fullName, this.password);
	}

	// A record prints every component: keep the passwords out of logs.
	@Override
	public String toString() {
		return "RegistrationForm[username=" + this.username + ", email=" + this.email + ", fullName=" + this.fullName
				+ ", password=(hidden), passwordConfirmation=(hidden)]";
	}

}
