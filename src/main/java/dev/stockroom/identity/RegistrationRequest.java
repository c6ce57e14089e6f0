package dev.stockroom.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person gives to register. Surrounding spaces are removed from the names (not
 * from the password: spaces are part of it). The password's rules are the
 * {@code PasswordPolicy}'s, checked by the service, since they need the common-passwords
 * list and the other fields.
 *
 * @param username letters, digits and {@code @ . + - _}, unique ignoring case
 * @param email unique ignoring case
 * @param fullName the name shown in the application
 * @param password the chosen password
 */
public record RegistrationRequest(
		@NotBlank @Size(max = 150) @Pattern(regexp = "[A-Za-z0-9@.+_-]*",
				message = "Use only letters, digits and @ . + - _") String username,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 150) String fullName,
		@NotNull String password) {

	public RegistrationRequest {
		username = strip(username);
		email = strip(email);
		fullName = strip(fullName);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

	// A record prints every component: keep the password out of logs and error messages.
	@Override
	public String toString() {
		return "RegistrationRequest[username=" + this.username + ", email=" + this.email + ", fullName=" + this.fullName
				+ ", password=(hidden)]";
	}

}
