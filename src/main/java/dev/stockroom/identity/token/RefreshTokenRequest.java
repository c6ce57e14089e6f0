package dev.stockroom.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/auth/refresh} and {@code /logout}, in OAuth's
 * snake_case like the token answer.
 *
 * @param refreshToken the refresh token
 */
@Schema(example = """
		{"refresh_token": "eyJhbGciOiJIUzI1NiJ9..."}
		""")
record RefreshTokenRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 4096) String refreshToken) {

	@Override
	public String toString() {
		return "RefreshTokenRequest[refreshToken=(hidden)]";
	}

}
