package dev.stockroom.identity.token;

import java.time.Duration;

/**
 * What a sign-in or a refresh hands out.
 *
 * @param accessToken the JWT for {@code Authorization: Bearer}
 * @param refreshToken the JWT that buys the next pair, once
 * @param expiresIn how long the access token lives
 */
public record TokenPair(String accessToken, String refreshToken, Duration expiresIn) {

	/**
	 * @return the answer of the token and refresh endpoints
	 */
	public TokenResponse toResponse() {
		return new TokenResponse(this.accessToken, this.refreshToken, TokenResponse.BEARER, this.expiresIn.toSeconds());
	}

	// Tokens are credentials: never in a log line.
	@Override
	public String toString() {
		return "TokenPair[accessToken=(hidden), refreshToken=(hidden), expiresIn=" + this.expiresIn + "]";
	}

}
