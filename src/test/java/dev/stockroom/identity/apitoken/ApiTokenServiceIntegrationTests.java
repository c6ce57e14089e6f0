package dev.stockroom.identity.apitoken;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.user.UserNotFoundException;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Personal API tokens through {@link ApiTokenService} on the real schema: what is stored,
 * who a key signs in, and the rules on names, limits and ownership.
 */
@IntegrationTest
class ApiTokenServiceIntegrationTests {

	@Autowired
	ApiTokenService service;

	@Autowired
	UserService userService;

	@Autowired
	UserRepository users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theKeyIsReturnedOnceAndOnlyItsHashIsStored() {
		UserAccount user = register("store");

		NewApiToken token = this.service.create(user.username(), "  Laptop  ", Optional.empty());

		assertThat(token.name()).isEqualTo("Laptop");
		assertThat(token.key()).matches("srk_[A-Za-z0-9_-]{43}");
		assertThat(token.prefix()).isEqualTo(token.key().substring(0, 8));
		assertThat(token.expiresAt()).isNull();
		assertThat(token.toString()).doesNotContain(token.key());
		String row = this.jdbc.sql("SELECT row_to_json(t)::text FROM api_tokens t WHERE id = ?")
			.param(token.id())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(token.key()).doesNotContain(token.key().substring(8));
		assertThat(this.jdbc.sql("SELECT key_hash FROM api_tokens WHERE id = ?")
			.param(token.id())
			.query(String.class)
			.single()).isEqualTo(ApiTokenKeys.hash(token.key()));
	}

	@Test
	void theKeyAuthenticatesItsUser() {
		UserAccount user = register("auth");
		NewApiToken token = this.service.create(user.username(), "CI", Optional.empty());

		assertThat(this.service.authenticate(token.key()))
			.contains(new ApiTokenPrincipal(user.id(), user.username(), token.id()));
	}

	@Test
	void aWrongOrAlteredKeyAuthenticatesNobody() {
		UserAccount user = register("wrong");
		String key = this.service.create(user.username(), "CI", Optional.empty()).key();
		char last = key.charAt(key.length() - 1);

		assertThat(this.service.authenticate(key.substring(0, key.length() - 1) + ((last == 'A') ? 'B' : 'A')))
			.isEmpty();
		assertThat(this.service.authenticate(key.substring(0, key.length() - 1))).isEmpty();
		assertThat(this.service.authenticate(key + "A")).isEmpty();
		assertThat(this.service.authenticate(key.toUpperCase())).isEmpty();
		assertThat(this.service.authenticate(ApiTokenKeys.generate())).isEmpty();
		// Whoever reads the table learns the hash, which is not a key.
		assertThat(this.service.authenticate(ApiTokenKeys.hash(key))).isEmpty();
		assertThat(this.service.authenticate("Token " + key)).isEmpty();
		assertThat(this.service.authenticate("")).isEmpty();
		assertThat(this.service.authenticate(null)).isEmpty();
		assertThat(this.service.authenticate(key)).isPresent();
	}

	@Test
	void aRevokedTokenAuthenticatesNobodyAndLeavesTheList() {
		UserAccount user = register("revoke");
		NewApiToken token = this.service.create(user.username(), "Old script", Optional.empty());
		NewApiToken kept = this.service.create(user.username(), "Kept", Optional.empty());

		this.service.revoke(user.username(), token.id());

		assertThat(this.service.authenticate(token.key())).isEmpty();
		assertThat(this.service.authenticate(kept.key())).isPresent();
		assertThat(this.service.list(user.username())).extracting(ApiTokenSummary::id).containsExactly(kept.id());
		assertThat(revokedAt(token.id())).isNotNull();
		assertThatThrownBy(() -> this.service.revoke(user.username(), token.id()))
			.isInstanceOf(ApiTokenNotFoundException.class);
	}

	@Test
	void anExpiredTokenAuthenticatesNobodyButStaysListedAsExpired() {
		UserAccount user = register("expire");
		Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
		NewApiToken token = this.service.create(user.username(), "Short-lived", Optional.of(inAnHour));
		assertThat(token.expiresAt()).isEqualTo(inAnHour.truncatedTo(ChronoUnit.MICROS));
		assertThat(this.service.authenticate(token.key())).isPresent();

		this.jdbc.sql("""
				UPDATE api_tokens SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 second'
				WHERE id = ?
				""").param(token.id()).update();

		assertThat(this.service.authenticate(token.key())).isEmpty();
		assertThat(this.service.list(user.username())).singleElement()
			.satisfies((summary) -> assertThat(summary.expired()).isTrue());
	}

	@Test
	void refusesAnExpiryThatIsNotInTheFuture() {
		UserAccount user = register("past");

		assertThatThrownBy(() -> this.service.create(user.username(), "CI", Optional.of(Instant.now().minusSeconds(1))))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("expiresAt"));
		assertThat(this.service.list(user.username())).isEmpty();
	}

	@Test
	void aTokenOfAnInactiveUserAuthenticatesNobody() {
		UserAccount user = register("inactive");
		NewApiToken token = this.service.create(user.username(), "CI", Optional.empty());

		this.transactions.executeWithoutResult((status) -> this.users.findById(user.id()).orElseThrow().deactivate());

		assertThat(this.service.authenticate(token.key())).isEmpty();

		this.transactions.executeWithoutResult((status) -> this.users.findById(user.id()).orElseThrow().activate());

		assertThat(this.service.authenticate(token.key())).isPresent();
	}

	@Test
	void revokingSomeoneElsesTokenIsNotFoundAndChangesNothing() {
		UserAccount owner = register("owner");
		UserAccount other = register("other");
		NewApiToken token = this.service.create(owner.username(), "Mine", Optional.empty());

		assertThatThrownBy(() -> this.service.revoke(other.username(), token.id()))
			.isInstanceOf(ResourceNotFoundException.class)
			.hasMessage("API token " + token.id() + " does not exist");
		assertThatThrownBy(() -> this.service.revoke(other.username(), -1))
			.isInstanceOf(ApiTokenNotFoundException.class);

		assertThat(revokedAt(token.id())).isNull();
		assertThat(this.service.authenticate(token.key())).isPresent();
		assertThat(this.service.list(owner.username())).extracting(ApiTokenSummary::id).containsExactly(token.id());
		assertThat(this.service.list(other.username())).isEmpty();
	}

	@Test
	void aSecondActiveTokenOfTheSameNameIsAConflictButARevokedOnesNameIsFree() {
		UserAccount user = register("dupname");
		NewApiToken first = this.service.create(user.username(), "Deploy", Optional.empty());

		assertThatThrownBy(() -> this.service.create(user.username(), " DEPLOY ", Optional.empty()))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.getProblemType()).isEqualTo("duplicate-api-token-name"));

		this.service.revoke(user.username(), first.id());
		NewApiToken second = this.service.create(user.username(), "deploy", Optional.empty());

		assertThat(this.service.list(user.username())).extracting(ApiTokenSummary::id).containsExactly(second.id());
		// Names belong to their user.
		this.service.create(register("dupname2").username(), "Deploy", Optional.empty());
	}

	@Test
	void theTwentyFirstTokenIsAConflictUntilOneIsRevokedOrExpires() {
		UserAccount user = register("limit");
		List<NewApiToken> made = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			made.add(this.service.create(user.username(), "Token " + i, Optional.empty()));
		}

		assertThatThrownBy(() -> this.service.create(user.username(), "Token 21", Optional.empty()))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.getProblemType()).isEqualTo("too-many-api-tokens"));

		this.service.revoke(user.username(), made.get(0).id());
		this.service.create(user.username(), "Token 21", Optional.empty());
		assertThatThrownBy(() -> this.service.create(user.username(), "Token 22", Optional.empty()))
			.isInstanceOf(ConflictException.class);

		// An expired token no longer counts towards the limit.
		this.jdbc.sql("""
				UPDATE api_tokens SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
				WHERE id = ?
				""").param(made.get(1).id()).update();
		this.service.create(user.username(), "Token 22", Optional.empty());
		assertThat(this.service.list(user.username())).hasSize(21);
	}

	@Test
	void concurrentCreationsCannotPassTheLimitTogether() throws Exception {
		UserAccount user = register("race");
		for (int i = 1; i <= 19; i++) {
			this.service.create(user.username(), "Token " + i, Optional.empty());
		}
		int threads = 4;
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			String name = "Racer " + i;
			attempts.add(() -> {
				start.await();
				try {
					this.service.create(user.username(), name, Optional.empty());
					return true;
				}
				catch (ConflictException ex) {
					return false;
				}
			});
		}
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Boolean>> results = attempts.stream().map(executor::submit).toList();
			start.countDown();
			long created = 0;
			for (Future<Boolean> result : results) {
				created += result.get() ? 1 : 0;
			}
			assertThat(created).isOne();
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.service.list(user.username())).hasSize(20);
	}

	@Test
	void aNameHasOneToAHundredCharactersAndNoControlCharacters() {
		UserAccount user = register("names");

		assertNameRefused(user, "   ", "Give the token a name");
		assertNameRefused(user, null, "Give the token a name");
		assertNameRefused(user, "x".repeat(101), "Use at most 100 characters");
		assertNameRefused(user, "line\nbreak", "Use no control characters");

		assertThat(this.service.create(user.username(), "x".repeat(100), Optional.empty()).name()).hasSize(100);
		// Characters, as PostgreSQL counts them, not UTF-16 units.
		assertThat(this.service.create(user.username(), "\uD83D\uDD11".repeat(100), Optional.empty()).name())
			.hasSize(200);
	}

	@Test
	void theListShowsNameAndPrefixOldestFirstButNeverTheKey() {
		UserAccount user = register("list");
		NewApiToken first = this.service.create(user.username(), "First", Optional.empty());
		NewApiToken second = this.service.create(user.username(), "Second",
				Optional.of(Instant.now().plus(Duration.ofDays(30))));

		List<ApiTokenSummary> list = this.service.list(user.username());

		assertThat(list).extracting(ApiTokenSummary::name, ApiTokenSummary::prefix)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("First", first.prefix()),
					org.assertj.core.groups.Tuple.tuple("Second", second.prefix()));
		assertThat(list.get(0).createdAt()).isEqualTo(first.createdAt());
		assertThat(list.get(0).lastUsedAt()).isNull();
		assertThat(list.get(1).expiresAt()).isEqualTo(second.expiresAt());
		assertThat(list).noneMatch((summary) -> summary.expired());
		assertThat(list.toString()).doesNotContain(first.key().substring(8)).doesNotContain(second.key().substring(8));
		assertThat(ApiTokenSummary.class.getRecordComponents()).extracting((component) -> component.getName())
			.doesNotContain("key", "keyHash");
	}

	@Test
	void lastUsedIsRecordedAtMostOnceAMinute() {
		UserAccount user = register("used");
		NewApiToken token = this.service.create(user.username(), "CI", Optional.empty());
		assertThat(lastUsedAt(token.id())).isNull();

		this.service.authenticate(token.key());

		Instant firstUse = lastUsedAt(token.id());
		assertThat(firstUse).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));

		this.service.authenticate(token.key());
		assertThat(lastUsedAt(token.id())).isEqualTo(firstUse);

		Instant thirtySecondsAgo = setLastUsedAt(token.id(), "30 seconds");
		this.service.authenticate(token.key());
		assertThat(lastUsedAt(token.id())).isEqualTo(thirtySecondsAgo);

		setLastUsedAt(token.id(), "61 seconds");
		this.service.authenticate(token.key());
		assertThat(lastUsedAt(token.id())).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(this.service.list(user.username()).get(0).lastUsedAt()).isEqualTo(lastUsedAt(token.id()));
	}

	@Test
	void keysAreUniqueAcrossTokens() {
		UserAccount user = register("unique");
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			keys.add(this.service.create(user.username(), "Token " + i, Optional.empty()).key());
		}

		assertThat(keys).doesNotHaveDuplicates().allMatch(ApiTokenKeys::isWellFormed);
		assertThat(keys.stream().map(ApiTokenKeys::hash)).doesNotHaveDuplicates();
	}

	@Test
	void anUnknownUserIsNotFound() {
		String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

		assertThatThrownBy(() -> this.service.create(nobody, "CI", Optional.empty()))
			.isInstanceOf(UserNotFoundException.class);
		assertThatThrownBy(() -> this.service.list(nobody)).isInstanceOf(UserNotFoundException.class);
		assertThatThrownBy(() -> this.service.revoke(nobody, 1)).isInstanceOf(UserNotFoundException.class);
	}

	private void assertNameRefused(UserAccount user, String name, String message) {
		assertThatThrownBy(() -> this.service.create(user.username(), name, Optional.empty()))
			.isInstanceOfSatisfying(InvalidFieldException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("name");
				assertThat(ex.getMessages()).contains(message);
			});
	}

	private Instant revokedAt(long tokenId) {
		return this.jdbc.sql("SELECT revoked_at FROM api_tokens WHERE id = ?")
			.param(tokenId)
			.query(Instant.class)
			.optional()
			.orElse(null);
	}

	private Instant lastUsedAt(long tokenId) {
		return this.jdbc.sql("SELECT last_used_at FROM api_tokens WHERE id = ?")
			.param(tokenId)
			.query(Instant.class)
			.optional()
			.orElse(null);
	}

	private Instant setLastUsedAt(long tokenId, String ago) {
		return this.jdbc.sql(
				"UPDATE api_tokens SET last_used_at = now() - cast(:ago AS interval) WHERE id = :id RETURNING last_used_at")
			.param("ago", ago)
			.param("id", tokenId)
			.query(Instant.class)
			.single();
	}

	private UserAccount register(String prefix) {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.userService
			.register(new RegistrationRequest(name, name + "@example.com", "Test " + name, "plum kettle orbit fog"));
	}

}
