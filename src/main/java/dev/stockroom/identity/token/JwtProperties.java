package dev.stockroom.identity.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the API's JSON Web Tokens (HS256) are signed and checked. Binding fails, and so the
 * application does not start, when the secret is missing or shorter than HS256's 32
 * bytes: the dev profile sets a public development secret, and every other profile (prod)
 * must be given one.
 *
 * @param secret the HMAC key ({@code STOCKROOM_JWT_SECRET}): the text itself (its UTF-8
 * bytes), or {@code base64:} followed by the key in Base64 for a random binary key
 * ({@code openssl rand -base64 32}); at least 32 bytes either way
 * @param issuer the {@code iss} claim written and required
 * @param audience the {@code aud} claim written and required
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long a refresh token is valid
 * @param clockSkew how far the clocks of issuer and reader may differ when {@code exp},
 * {@code iat} and {@code nbf} are checked
 */
@ConfigurationProperties("stockroom.jwt")
public record JwtProperties(String secret, @DefaultValue("stockroom") String issuer,
		@DefaultValue("stockroom-api") String audience, @DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue("14d") Duration refreshTokenTtl, @DefaultValue("30s") Duration clockSkew) {

	/** HS256 needs a key of at least 256 bits (RFC 7518, section 3.2). */
	static final int MINIMUM_SECRET_BYTES = 32;

	static final String BASE64_PREFIX = "base64:";

	public JwtProperties {
		// An explicit prefix rather than guessing: a long random password is often valid
		// Base64 too, and would silently become a different (shorter) key.
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException(
					"stockroom.jwt.secret is missing: set STOCKROOM_JWT_SECRET to at least " + MINIMUM_SECRET_BYTES
							+ " bytes (e.g. base64: followed by the output of 'openssl rand -base64 32')");
		}
		int length = keyBytes(secret).length;
		if (length < MINIMUM_SECRET_BYTES) {
			throw new IllegalArgumentException("stockroom.jwt.secret is too short for HS256: " + length
					+ " bytes, at least " + MINIMUM_SECRET_BYTES + " are needed");
		}
		if (!positive(accessTokenTtl) || !positive(refreshTokenTtl) || clockSkew.isNegative()) {
			throw new IllegalArgumentException(
					"stockroom.jwt token lifetimes must be positive and the clock skew not negative");
		}
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	SecretKey signingKey() {
		return new SecretKeySpec(keyBytes(this.secret), "HmacSHA256");
	}

	static byte[] keyBytes(String secret) {
		if (secret.startsWith(BASE64_PREFIX)) {
			try {
				return Base64.getDecoder().decode(secret.substring(BASE64_PREFIX.length()).strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("stockroom.jwt.secret starts with base64: but is not valid Base64");
			}
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	// Never print the key, even in a configuration report.
	@Override
	public String toString() {
		return "JwtProperties[secret=(hidden), issuer=" + this.issuer + ", audience=" + this.audience
				+ ", accessTokenTtl=" + this.accessTokenTtl + ", refreshTokenTtl=" + this.refreshTokenTtl
				+ ", clockSkew=" + this.clockSkew + "]";
	}

}
