package dev.stockroom.identity.token;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Redis is configured but nobody answers at its address: revocation look-ups fall back to
 * the database without failing a request, and while the breaker is open Redis is not even
 * asked, so no request waits for a timeout.
 */
@IntegrationTest
@TestPropertySource(properties = { "stockroom.redis.url=redis://127.0.0.1:1",
		"spring.data.redis.url=redis://127.0.0.1:1", "stockroom.redis.outage-backoff=1m" })
class RevocationWithoutRedisIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	RefreshTokens tokens;

	@Autowired
	JwtService jwt;

	@Autowired
	UserService users;

	@Autowired
	RevocationCheck revocations;

	@Test
	void revokedTokensAreStillRefusedAndValidOnesAcceptedQuickly() {
		assertThat(this.revocations).isInstanceOf(RedisRevocationCheck.class);
		TokenPair valid = this.tokens.issue(register("valid").username());
		TokenPair revoked = this.tokens.issue(register("revoked").username());
		this.tokens.revoke(revoked.refreshToken());

		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			assertThat(this.jwt.verifyAccessToken(valid.accessToken()).username()).startsWith("valid-");
			assertThatThrownBy(() -> this.jwt.verifyAccessToken(revoked.accessToken()))
				.isInstanceOf(InvalidTokenException.class)
				.hasMessageContaining("revoked family");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
	}

	@Test
	void afterAFailureRedisIsSkipped() {
		TokenPair pair = this.tokens.issue(register("skipped").username());
		this.jwt.verifyAccessToken(pair.accessToken());
		RedisRevocationCheck check = (RedisRevocationCheck) this.revocations;
		assertThat(check.breaker().isOpen()).isTrue();
		long skippedBefore = check.breaker().skippedCalls();

		this.jwt.verifyAccessToken(pair.accessToken());
		this.jwt.verifyAccessToken(pair.accessToken());

		// A read and a write per look-up, none of them sent.
		assertThat(check.breaker().skippedCalls() - skippedBefore).isEqualTo(4);
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

}
