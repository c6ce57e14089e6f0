package dev.stockroom.identity.token;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With Redis configured (the run's real Redis, the run's key prefix), revocation answers
 * are cached there: "revoked" for the family's remaining lifetime, "not revoked" briefly,
 * and a revocation overwrites a cached "not revoked" as soon as it commits.
 */
@IntegrationTest
class RedisRevocationCheckIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	RefreshTokens tokens;

	@Autowired
	JwtService jwt;

	@Autowired
	UserService users;

	@Autowired
	RevocationCheck revocations;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theRedisCheckIsTheOneInUse() {
		assertThat(this.revocations).isInstanceOf(RedisRevocationCheck.class);
		assertThat(check().key(UUID.randomUUID())).startsWith("stockroom-test-");
	}

	@Test
	void aRevokedFamilyIsRefusedAndMarkedForTheRestOfItsLifetime() {
		TokenPair pair = this.tokens.issue(register("revoked").username());

		this.tokens.revoke(pair.refreshToken());

		assertThatThrownBy(() -> this.jwt.verifyAccessToken(pair.accessToken()))
			.isInstanceOf(InvalidTokenException.class)
			.hasMessageContaining("revoked family");
		String key = keyOf(pair);
		assertThat(this.redis.opsForValue().get(key)).isEqualTo(RedisRevocationCheck.REVOKED);
		// The refresh token was issued a moment ago for 14 days.
		assertThat(ttl(key)).isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14));
	}

	@Test
	void aValidTokenWorksAndItsNotRevokedAnswerIsKeptBriefly() {
		TokenPair pair = this.tokens.issue(register("valid").username());

		assertThat(this.jwt.verifyAccessToken(pair.accessToken()).username()).startsWith("valid-");

		String key = keyOf(pair);
		assertThat(this.redis.opsForValue().get(key)).isEqualTo(RedisRevocationCheck.NOT_REVOKED);
		assertThat(ttl(key)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void logoutOverwritesACachedNotRevokedAsSoonAsItCommits() {
		TokenPair pair = this.tokens.issue(register("logout").username());
		this.jwt.verifyAccessToken(pair.accessToken());
		assertThat(this.redis.opsForValue().get(keyOf(pair))).isEqualTo(RedisRevocationCheck.NOT_REVOKED);

		this.tokens.revoke(pair.refreshToken());

		assertThat(this.redis.opsForValue().get(keyOf(pair))).isEqualTo(RedisRevocationCheck.REVOKED);
		assertThatThrownBy(() -> this.jwt.verifyAccessToken(pair.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void reuseAndSigningOutEverywhereMarkTheFamiliesToo() {
		UserAccount user = register("everywhere");
		TokenPair stolen = this.tokens.issue(user.username());
		TokenPair rotated = this.tokens.rotate(stolen.refreshToken());
		TokenPair phone = this.tokens.issue(user.username());
		TokenPair laptop = this.tokens.issue(user.username());
		for (TokenPair pair : new TokenPair[] { rotated, phone, laptop }) {
			this.jwt.verifyAccessToken(pair.accessToken());
		}

		assertThatThrownBy(() -> this.tokens.rotate(stolen.refreshToken())).isInstanceOf(InvalidTokenException.class);
		assertThat(this.redis.opsForValue().get(keyOf(rotated))).isEqualTo(RedisRevocationCheck.REVOKED);
		assertThat(this.redis.opsForValue().get(keyOf(phone))).isEqualTo(RedisRevocationCheck.NOT_REVOKED);

		this.tokens.revokeAllOf(user.id());

		assertThat(this.redis.opsForValue().get(keyOf(phone))).isEqualTo(RedisRevocationCheck.REVOKED);
		assertThat(this.redis.opsForValue().get(keyOf(laptop))).isEqualTo(RedisRevocationCheck.REVOKED);
		assertThat(ttl(keyOf(laptop))).isGreaterThan(Duration.ofDays(13));
	}

	@Test
	void aRevocationThatRollsBackLeavesNoMark() {
		TokenPair pair = this.tokens.issue(register("rollback").username());
		this.jwt.verifyAccessToken(pair.accessToken());

		this.transactions.executeWithoutResult((status) -> {
			this.tokens.revoke(pair.refreshToken());
			status.setRollbackOnly();
		});

		assertThat(this.redis.opsForValue().get(keyOf(pair))).isEqualTo(RedisRevocationCheck.NOT_REVOKED);
		assertThat(this.jwt.verifyAccessToken(pair.accessToken())).isNotNull();
	}

	@Test
	void aCachedAnswerIsTrustedWithoutAskingTheDatabase() {
		TokenPair pair = this.tokens.issue(register("cached").username());
		// Only Redis says so: the database has the family as valid.
		this.redis.opsForValue().set(keyOf(pair), RedisRevocationCheck.REVOKED, Duration.ofMinutes(1));

		assertThatThrownBy(() -> this.jwt.verifyAccessToken(pair.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
	}

	private RedisRevocationCheck check() {
		return (RedisRevocationCheck) this.revocations;
	}

	private String keyOf(TokenPair pair) {
		return check().key(this.jwt.verify(pair.refreshToken(), TokenType.REFRESH).familyId());
	}

	private Duration ttl(String key) {
		return Duration.ofMillis(this.redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS));
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

}
