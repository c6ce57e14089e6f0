package dev.stockroom.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.TokenPair;

/**
 * Real access tokens for the demo users ({@code admin}, {@code manager}, {@code clerk},
 * {@code viewer}, which the dev profile creates in every test database), issued the way
 * {@code POST /api/v1/auth/token} issues them, so that tests go through the whole
 * bearer-token pipeline. A token is reused for a few minutes, well within its 15.
 */
public class TestTokens {

	private static final Duration REUSE = Duration.ofMinutes(5);

	private final RefreshTokens refreshTokens;

	private final Map<String, Issued> issued = new ConcurrentHashMap<>();

	TestTokens(RefreshTokens refreshTokens) {
		this.refreshTokens = refreshTokens;
	}

	/**
	 * @param username a user who exists and is active
	 * @return the value of an {@code Authorization} header signing that user in
	 */
	public String bearer(String username) {
		return "Bearer " + accessToken(username);
	}

	/**
	 * @param username a user who exists and is active
	 * @return an access token for that user
	 */
	public String accessToken(String username) {
		Instant now = Instant.now();
		return this.issued.compute(username.toLowerCase(Locale.ROOT),
				(name, old) -> (old != null && old.at().plus(REUSE).isAfter(now)) ? old
						: new Issued(this.refreshTokens.issue(name), now))
			.pair()
			.accessToken();
	}

	private record Issued(TokenPair pair, Instant at) {
	}

}
