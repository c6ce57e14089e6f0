package dev.stockroom.identity.apitoken;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API token mapping and the V9 schema's own rules, below the service. */
@RepositoryTest
class ApiTokenRepositoryTests {

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	ApiTokenRepository tokens;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesThePrefixAndHashButNotTheKey() {
		User user = user();
		String key = ApiTokenKeys.generate();
		ApiToken token = this.tokens.saveAndFlush(new ApiToken(user, "CI", key, Instant.now(), null));
		this.entityManager.clear();

		ApiToken reloaded = this.tokens.findByKeyHash(ApiTokenKeys.hash(key)).orElseThrow();

		assertThat(reloaded.getId()).isEqualTo(token.getId());
		assertThat(reloaded.getPrefix()).isEqualTo(key.substring(0, 8));
		assertThat(reloaded.hasDigest(ApiTokenKeys.digest(key))).isTrue();
		assertThat(reloaded.hasDigest(ApiTokenKeys.digest(ApiTokenKeys.generate()))).isFalse();
		assertThat(this.jdbc.sql("SELECT row_to_json(t)::text FROM api_tokens t WHERE id = ?")
			.param(token.getId())
			.query(String.class)
			.single()).doesNotContain(key.substring(8));
	}

	@Test
	void databaseRefusesAKeyWrittenWhereItsHashBelongs() {
		User user = user();

		assertThatThrownBy(() -> this.jdbc.sql("""
				INSERT INTO api_tokens (id, user_id, name, prefix, key_hash, created_at)
				VALUES (nextval('stockroom_id_seq'), ?, 'raw', 'srk_abcd', ?, now())
				""").params(user.getId(), ApiTokenKeys.generate()).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("key_hash");
	}

	@Test
	void databaseRefusesASecondTokenOfTheSameNameInAnotherCase() {
		User user = user();
		this.tokens.saveAndFlush(token(user, "Deploy"));

		assertThatThrownBy(() -> this.tokens.saveAndFlush(token(user, "DEPLOY")))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("api_tokens_user_name_key");
	}

	@Test
	void aRevokedTokensNameMayBeUsedAgainAndOtherUsersHaveTheirOwnNames() {
		User user = user();
		ApiToken first = this.tokens.saveAndFlush(token(user, "Deploy"));
		first.revoke(Instant.now());
		this.tokens.saveAndFlush(first);

		this.tokens.saveAndFlush(token(user, "deploy"));
		this.tokens.saveAndFlush(token(user(), "Deploy"));

		assertThat(this.tokens.findNotRevoked(user)).extracting(ApiToken::getName).containsExactly("deploy");
	}

	@Test
	void deletingAUserDeletesTheirTokens() {
		User user = user();
		ApiToken token = this.tokens.saveAndFlush(token(user, "gone"));

		this.jdbc.sql("DELETE FROM users WHERE id = ?").param(user.getId()).update();

		assertThat(this.jdbc.sql("SELECT count(*) FROM api_tokens WHERE id = ?")
			.param(token.getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void touchWritesOnlyWhenTheRecordedUseIsStale() {
		ApiToken token = this.tokens.saveAndFlush(token(user(), "touch"));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

		assertThat(this.tokens.touch(token.getId(), now, now.minusSeconds(60))).isOne();
		assertThat(this.tokens.touch(token.getId(), now.plusSeconds(30), now.minusSeconds(30))).isZero();
		assertThat(this.tokens.touch(token.getId(), now.plusSeconds(61), now.plusSeconds(1))).isOne();
		assertThat(this.tokens.findById(token.getId()).orElseThrow().getLastUsedAt()).isEqualTo(now.plusSeconds(61));
	}

	private static ApiToken token(User user, String name) {
		return new ApiToken(user, name, ApiTokenKeys.generate(), Instant.now(), null);
	}

	private User user() {
		String name = "tok-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.saveAndFlush(new User(name, name + "@example.com", "Test " + name, "{bcrypt}x", Instant.now()));
	}

}
