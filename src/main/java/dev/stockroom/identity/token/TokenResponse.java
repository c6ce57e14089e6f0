package dev.stockroom.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /api/v1/auth/token} and {@code /refresh}, in OAuth 2.0's
 * snake_case (RFC 6749, section 5.1) rather than the API's camelCase, so that OAuth
 * client libraries read it as it is. Jackson 3 keeps its annotations in
 * {@code com.fasterxml.jackson.annotation}.
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token
 * @param tokenType always {@code Bearer}
 * @param expiresIn the access token's lifetime in seconds
 */
public record TokenResponse(@JsonProperty("access_token") String accessToken,
		@JsonProperty("refresh_token") String refreshToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {

	static final String BEARER = "Bearer";

	@Override
	public String toString() {
		return "TokenResponse[accessToken=(hidden), refreshToken=(hidden), tokenType=" + this.tokenType + ", expiresIn="
				+ this.expiresIn + "]";
	}

}
