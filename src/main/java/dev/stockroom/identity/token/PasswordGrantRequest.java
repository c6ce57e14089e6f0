package dev.stockroom.identity.token;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/auth/token}.
 *
 * @param username the username, in any case
 * @param password the password
 */
@Schema(example = """
		{"username": "clerk", "password": "stockroom-demo"}
		""")
record PasswordGrantRequest(@NotBlank @Size(max = 150) String username, @NotBlank @Size(max = 1024) String password) {

	// A password must never reach a log line through a record's toString.
	@Override
	public String toString() {
		return "PasswordGrantRequest[username=" + this.username + ", password=(hidden)]";
	}

}
