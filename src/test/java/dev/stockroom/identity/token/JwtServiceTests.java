package dev.stockroom.identity.token;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Forged, stale and misused tokens are refused, each with {@link InvalidTokenException};
 * only a token we signed, for us, in date and of the right type passes.
 */
class JwtServiceTests {

	// 64 bytes, so that the same key could also sign HS512:
	// pinning HS256 must still refuse it.
	private static final String SECRET = "a test key of sixty-four bytes, long enough to sign HS512 too!!!";

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private final MovableClock clock = new MovableClock(START);

	private final Set<UUID> revokedFamilies = new HashSet<>();

	private final JwtService jwt = service(properties("stockroom", "stockroom-api"));

	@Test
	void acceptsAValidAccessToken() {
		UUID id = UUID.randomUUID();
		UUID family = UUID.randomUUID();
		String token = this.jwt.issue(TokenType.ACCESS, "alice", id, family, START);

		VerifiedToken verified = this.jwt.verifyAccessToken(token);

		assertThat(verified)
			.isEqualTo(new VerifiedToken("alice", id, family, START, START.plus(Duration.ofMinutes(15))));
		assertThat(header(token)).contains("\"alg\":\"HS256\"");
	}

	@Test
	void refusesAlgNone() {
		String payload = payload(
				this.jwt.issue(TokenType.ACCESS, "alice", UUID.randomUUID(), UUID.randomUUID(), START));
		String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(payload) + ".";

		assertRefused(unsigned, "Unsecured JWSs");
	}

	@Test
	void refusesAnotherAlgorithmEvenWithOurKey() {
		String hs512 = claimsBuilder()
			.signWith(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"), Jwts.SIG.HS512)
			.compact();

		assertRefused(hs512, "Unsupported signature algorithm 'HS512'");
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		String foreign = claimsBuilder()
			.signWith(new SecretKeySpec("another key, of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"), Jwts.SIG.HS256)
			.compact();

		assertRefused(foreign, "signature does not match");
	}

	@Test
	void acceptsTheHandMadeTokenWhenSignedWithOurKey() {
		// The forgeries above differ from this one only in how they are signed.
		String ours = claimsBuilder()
			.signWith(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), Jwts.SIG.HS256)
			.compact();

		assertThat(this.jwt.verifyAccessToken(ours).username()).isEqualTo("alice");
	}

	@Test
	void refusesAWrongAudience() {
		String token = service(properties("stockroom", "another-api")).issue(TokenType.ACCESS, "alice",
				UUID.randomUUID(), UUID.randomUUID(), START);

		assertRefused(token, "'aud' claim");
	}

	@Test
	void refusesAWrongIssuer() {
		String token = service(properties("someone-else", "stockroom-api")).issue(TokenType.ACCESS, "alice",
				UUID.randomUUID(), UUID.randomUUID(), START);

		assertRefused(token, "Expected iss claim");
	}

	@Test
	void acceptsAnExpiredTokenWithinTheClockSkewOnly() {
		String token = this.jwt.issue(TokenType.ACCESS, "alice", UUID.randomUUID(), UUID.randomUUID(), START);
		Instant expiry = START.plus(Duration.ofMinutes(15));

		this.clock.set(expiry.plusSeconds(29));
		assertThat(this.jwt.verifyAccessToken(token).username()).isEqualTo("alice");

		this.clock.set(expiry.plusSeconds(31));
		assertRefused(token, "JWT expired");
	}

	@Test
	void refusesATokenIssuedInTheFutureBeyondTheSkew() {
		String token = this.jwt.issue(TokenType.ACCESS, "alice", UUID.randomUUID(), UUID.randomUUID(),
				START.plus(Duration.ofMinutes(20)));

		assertRefused(token, "issued in the future");
	}

	@Test
	void refusesARefreshTokenUsedAsAnAccessToken() {
		String refresh = this.jwt.issue(TokenType.REFRESH, "alice", UUID.randomUUID(), UUID.randomUUID(), START);

		assertRefused(refresh, "type 'refresh'");
		assertThat(this.jwt.verify(refresh, TokenType.REFRESH).username()).isEqualTo("alice");
	}

	@Test
	void refusesAnAccessTokenUsedAsARefreshToken() {
		String access = this.jwt.issue(TokenType.ACCESS, "alice", UUID.randomUUID(), UUID.randomUUID(), START);

		assertThatThrownBy(() -> this.jwt.verify(access, TokenType.REFRESH)).isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void refusesATamperedPayload() {
		String token = this.jwt.issue(TokenType.ACCESS, "alice", UUID.randomUUID(), UUID.randomUUID(), START);
		String[] parts = token.split("\\.");
		String tampered = parts[0] + "." + base64Url(payload(token).replace("\"alice\"", "\"admin\"")) + "." + parts[2];

		assertThat(tampered).isNotEqualTo(token);
		assertRefused(tampered, "signature does not match");
	}

	@Test
	void refusesAnAccessTokenOfARevokedFamily() {
		UUID family = UUID.randomUUID();
		String token = this.jwt.issue(TokenType.ACCESS, "alice", UUID.randomUUID(), family, START);
		this.revokedFamilies.add(family);

		assertRefused(token, "revoked family");
	}

	@Test
	void refusesGarbage() {
		assertRefused("", "no token");
		assertRefused(null, "no token");
		assertRefused("not.a.jwt", "Malformed");
		assertRefused("eyJhbGciOiJIUzI1NiJ9", "Invalid compact JWT");
	}

	@Test
	void theReasonIsForTheLogsAndNeverContainsTheKey() {
		String foreign = claimsBuilder()
			.signWith(new SecretKeySpec("another key, of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"), Jwts.SIG.HS256)
			.compact();

		assertThatThrownBy(() -> this.jwt.verifyAccessToken(foreign)).isInstanceOf(InvalidTokenException.class)
			.message()
			.contains("signature")
			.doesNotContain(SECRET);
	}

	// The reason is checked too, so that each forgery is refused by the check it targets
	// and not by accident.
	private void assertRefused(String token, String reason) {
		assertThatThrownBy(() -> this.jwt.verifyAccessToken(token)).isInstanceOf(InvalidTokenException.class)
			.hasMessageContaining(reason);
	}

	// Everything a valid access token carries, for tokens signed by hand.
	private static io.jsonwebtoken.JwtBuilder claimsBuilder() {
		return Jwts.builder()
			.issuer("stockroom")
			.audience()
			.add("stockroom-api")
			.and()
			.subject("alice")
			.issuedAt(java.util.Date.from(START))
			.expiration(java.util.Date.from(START.plus(Duration.ofMinutes(15))))
			.id(UUID.randomUUID().toString())
			.claim("typ", "access")
			.claim("fid", UUID.randomUUID().toString());
	}

	private JwtService service(JwtProperties properties) {
		return new JwtService(properties, this.revokedFamilies::contains, this.clock);
	}

	private static JwtProperties properties(String issuer, String audience) {
		return new JwtProperties(SECRET, issuer, audience, Duration.ofMinutes(15), Duration.ofDays(14),
				Duration.ofSeconds(30));
	}

	private static String header(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
	}

	private static String payload(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/** A clock the test moves, as the application's {@link Clock} bean would be. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
