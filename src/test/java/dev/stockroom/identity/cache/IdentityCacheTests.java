package dev.stockroom.identity.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import dev.stockroom.identity.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IdentityCache} on its own, without Redis: what it keeps, for how long, and that
 * a look-up which read the database before an eviction does not store its stale answer.
 */
class IdentityCacheTests {

	private static final SignedInUser CLERK = new SignedInUser(7, "Clerk", false, false, Set.of("stock.receive"));

	private static final SignedInUser DEMOTED = new SignedInUser(7, "Clerk", false, false, Set.of());

	private final IdentityCache cache = cache(Duration.ofSeconds(30));

	@Test
	void aUserIsReadOnceAndFoundByUsernameInAnyCase() {
		AtomicInteger reads = new AtomicInteger();

		this.cache.user("clerk", () -> read(reads, CLERK));

		assertThat(this.cache.user("CLERK", () -> read(reads, DEMOTED))).contains(CLERK);
		assertThat(reads).hasValue(1);
	}

	@Test
	void anUnknownOrInactiveUserIsNotKept() {
		AtomicInteger reads = new AtomicInteger();

		this.cache.user("gone", () -> {
			reads.incrementAndGet();
			return Optional.empty();
		});
		this.cache.user("gone", () -> read(reads, CLERK));

		assertThat(reads).hasValue(2);
	}

	@Test
	void anEvictedUserIsReadAgainWithTheirApiTokens() {
		this.cache.user("clerk", () -> Optional.of(CLERK));
		this.cache.apiToken("hash", () -> Optional.of(new CachedApiToken(1, 7, "Clerk", null)));

		this.cache.evictUserAfterCommit(7);

		assertThat(this.cache.user("clerk", () -> Optional.of(DEMOTED))).contains(DEMOTED);
		assertThat(this.cache.apiToken("hash", Optional::empty)).isEmpty();
	}

	@Test
	void aGroupChangeEvictsEveryUser() {
		this.cache.user("clerk", () -> Optional.of(CLERK));

		this.cache.evictAllUsersAfterCommit();

		assertThat(this.cache.user("clerk", () -> Optional.of(DEMOTED))).contains(DEMOTED);
	}

	@Test
	void aLookUpThatReadBeforeAnEvictionDoesNotStoreWhatItRead() {
		// The eviction commits while the look-up is reading the old rights.
		this.cache.user("clerk", () -> {
			this.cache.evictUserAfterCommit(7);
			return Optional.of(CLERK);
		});

		assertThat(this.cache.user("clerk", () -> Optional.of(DEMOTED))).contains(DEMOTED);
	}

	@Test
	void aRevokedFamilyStaysRevokedWhateverALateLookUpRead() {
		UUID family = UUID.randomUUID();
		assertThat(this.cache.familyRevoked(family, () -> false)).isFalse();

		this.cache.familyRevokedAfterCommit(family);

		assertThat(this.cache.familyRevoked(family, () -> false)).isTrue();
		UUID racing = UUID.randomUUID();
		this.cache.familyRevoked(racing, () -> {
			this.cache.familyRevokedAfterCommit(racing);
			return false;
		});
		assertThat(this.cache.familyRevoked(racing, () -> false)).isTrue();
	}

	// What bounds a missed eviction (Redis down): the entry's time to live.
	@Test
	void anEntryIsReadAgainOnceItsTimeToLiveHasPassed() throws InterruptedException {
		IdentityCache shortLived = cache(Duration.ofMillis(100));
		shortLived.user("clerk", () -> Optional.of(CLERK));
		assertThat(shortLived.user("clerk", () -> Optional.of(DEMOTED))).contains(CLERK);

		Thread.sleep(250);

		assertThat(shortLived.user("clerk", () -> Optional.of(DEMOTED))).contains(DEMOTED);
	}

	private static Optional<SignedInUser> read(AtomicInteger reads, SignedInUser user) {
		reads.incrementAndGet();
		return Optional.of(user);
	}

	private static IdentityCache cache(Duration ttl) {
		return new IdentityCache(new IdentityCacheProperties(ttl, 100),
				new StaticListableBeanFactory().getBeanProvider(RedisIdentityEvictions.class));
	}

}
