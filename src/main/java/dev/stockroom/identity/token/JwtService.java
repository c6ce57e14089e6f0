package dev.stockroom.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;

import org.springframework.stereotype.Service;

/**
 * Makes and reads the API's JSON Web Tokens with jjwt: HS256 only, with {@code iss},
 * {@code aud}, {@code sub} (the username), {@code iat}, {@code exp}, {@code jti},
 * {@code typ} ({@code access} or {@code refresh}) and {@code fid} (the refresh-token
 * family). Reading pins the algorithm and the key, so {@code alg: none}, another HMAC
 * size and any other key are refused, and checks issuer, audience, expiry (with the
 * configured clock skew) and type. Time comes from the application's {@link Clock}.
 *
 * <p>
 * {@link #verifyAccessToken} is what the bearer-token authentication calls for every
 * request; refresh tokens are made and checked through {@link RefreshTokens}.
 */
@Service
public class JwtService {

	static final String TYPE_CLAIM = "typ";

	static final String FAMILY_CLAIM = "fid";

	private final JwtProperties properties;

	private final SecretKey key;

	private final JwtParser parser;

	private final RevocationCheck revocations;

	private final Clock clock;

	JwtService(JwtProperties properties, RevocationCheck revocations, Clock clock) {
		this.properties = properties;
		this.key = properties.signingKey();
		this.revocations = revocations;
		this.clock = clock;
		this.parser = Jwts.parser()
			.sig()
			.clear()
			.add(Jwts.SIG.HS256)
			.and()
			.verifyWith(this.key)
			.requireIssuer(properties.issuer())
			.requireAudience(properties.audience())
			.clock(() -> Date.from(clock.instant()))
			.clockSkewSeconds(properties.clockSkew().toSeconds())
			.build();
	}

	/**
	 * Checks an access token: signature, algorithm, issuer, audience, expiry, type, and
	 * that its family has not been revoked (logout, or a reused refresh token).
	 * @param token the compact JWT from the {@code Authorization: Bearer} header
	 * @return whose token it is
	 * @throws InvalidTokenException on any failure; its message is for the logs, not for
	 * the client
	 */
	public VerifiedToken verifyAccessToken(String token) {
		VerifiedToken verified = verify(token, TokenType.ACCESS);
		if (isFamilyRevoked(verified.familyId())) {
			throw new InvalidTokenException("access token of a revoked family " + verified.familyId());
		}
		return verified;
	}

	/**
	 * @param familyId a token family
	 * @return whether it is revoked, asked of the {@link RevocationCheck} (Redis or the
	 * database), never of a cache in this instance's memory
	 */
	boolean isFamilyRevoked(UUID familyId) {
		return this.revocations.isFamilyRevoked(familyId);
	}

	/**
	 * @return how long an access token lives, for the {@code expires_in} of an answer
	 */
	Duration accessTokenTtl() {
		return this.properties.accessTokenTtl();
	}

	Duration refreshTokenTtl() {
		return this.properties.refreshTokenTtl();
	}

	/**
	 * Signs a token.
	 * @param type access or refresh
	 * @param username the subject
	 * @param tokenId the {@code jti}
	 * @param familyId the {@code fid}
	 * @param issuedAt the {@code iat}; the lifetime of the type is added for {@code exp}
	 * @return the compact JWT
	 */
	String issue(TokenType type, String username, UUID tokenId, UUID familyId, Instant issuedAt) {
		Duration ttl = (type == TokenType.ACCESS) ? this.properties.accessTokenTtl()
				: this.properties.refreshTokenTtl();
		// JWT times are whole seconds (NumericDate): truncated here, the expiry a caller
		// records is the one the token carries.
		Instant iat = issuedAt.truncatedTo(ChronoUnit.SECONDS);
		return Jwts.builder()
			.issuer(this.properties.issuer())
			.audience()
			.add(this.properties.audience())
			.and()
			.subject(username)
			.issuedAt(Date.from(iat))
			.expiration(Date.from(iat.plus(ttl)))
			.id(tokenId.toString())
			.claim(TYPE_CLAIM, type.claim())
			.claim(FAMILY_CLAIM, familyId.toString())
			.signWith(this.key, Jwts.SIG.HS256)
			.compact();
	}

	/**
	 * Checks a token's signature, algorithm, issuer, audience, expiry and type; not its
	 * revocation.
	 * @param token the compact JWT
	 * @param expected the type the caller needs
	 * @return what the token says
	 * @throws InvalidTokenException on any failure
	 */
	VerifiedToken verify(String token, TokenType expected) {
		if (token == null || token.isBlank()) {
			throw new InvalidTokenException("no token");
		}
		try {
			Claims claims = this.parser.parseSignedClaims(token).getPayload();
			String type = claims.get(TYPE_CLAIM, String.class);
			if (!expected.claim().equals(type)) {
				throw new InvalidTokenException(
						"a token of type '" + type + "' where '" + expected.claim() + "' is needed");
			}
			if (claims.getSubject() == null || claims.getSubject().isBlank() || claims.getIssuedAt() == null
					|| claims.getExpiration() == null) {
				throw new InvalidTokenException("a token without subject, issue time or expiry");
			}
			// jjwt checks exp and nbf; a token from the future means a wrong clock, or a
			// token made for later use.
			if (claims.getIssuedAt().toInstant().isAfter(this.clock.instant().plus(this.properties.clockSkew()))) {
				throw new InvalidTokenException("a token issued in the future, at " + claims.getIssuedAt().toInstant());
			}
			return new VerifiedToken(claims.getSubject(), uuid(claims.getId(), "jti"),
					uuid(claims.get(FAMILY_CLAIM, String.class), FAMILY_CLAIM), claims.getIssuedAt().toInstant(),
					claims.getExpiration().toInstant());
		}
		catch (JwtException | IllegalArgumentException ex) {
			// Includes a claim of the wrong JSON type (RequiredTypeException).
			throw new InvalidTokenException("unreadable or untrusted token: " + ex.getMessage(), ex);
		}
	}

	Instant now() {
		return this.clock.instant();
	}

	private static UUID uuid(String value, String claim) {
		if (value == null) {
			throw new InvalidTokenException("a token without " + claim);
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTokenException("a token whose " + claim + " is not a UUID", ex);
		}
	}

}
