package dev.stockroom.platform.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleCacheManager;

import dev.stockroom.platform.cache.GuardedRedisCachesTests.FailingCache;
import dev.stockroom.platform.cache.GuardedRedisCachesTests.MovableClock;
import dev.stockroom.platform.redis.RedisBreaker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link NearCaches}, over in-memory stand-ins for the Redis caches (the
 * real Redis and two real instances are NearCacheAcrossInstancesIntegrationTests): reads
 * from memory first, evictions here and from the other instances, and the race of a read
 * with an eviction, made deterministic by evicting from inside the read.
 */
class NearCachesTests {

	private final MovableClock clock = new MovableClock();

	private final FailingCache redis = new FailingCache("product-detail");

	private final List<String> published = new CopyOnWriteArrayList<>();

	private final NearCaches caches = nearCaches();

	private final Cache cache = this.caches.getCache("product-detail");

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void aWarmReadIsAnsweredFromMemoryWithoutAskingRedis() {
		assertThat(this.cache.get(1L, () -> load("one"))).isEqualTo("one");
		int redisCalls = this.redis.calls.get();
		this.redis.down = true;

		assertThat(this.cache.get(1L, () -> load("again"))).isEqualTo("one");
		assertThat(this.cache.get(1L).get()).isEqualTo("one");

		assertThat(this.redis.calls.get()).as("Redis calls").isEqualTo(redisCalls);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void anEntryInRedisIsBroughtIntoMemory() {
		this.redis.put(1L, "from Redis");

		assertThat(this.cache.get(1L).get()).isEqualTo("from Redis");
		this.redis.down = true;

		assertThat(this.cache.get(1L).get()).isEqualTo("from Redis");
	}

	@Test
	void anEvictionRemovesTheEntryFromRedisAndMemoryAndTellsTheOthers() {
		this.cache.get(1L, () -> load("old"));

		this.cache.evict(1L);

		assertThat(this.redis.get(1L)).isNull();
		assertThat(this.cache.get(1L, () -> load("new"))).isEqualTo("new");
		assertThat(this.published).containsExactly("evict product-detail 1");
		this.cache.clear();
		assertThat(this.published).endsWith("clear product-detail");
	}

	@Test
	void anEvictionFromAnotherInstanceDropsTheEntryFromMemory() {
		this.cache.get(1L, () -> load("old"));
		// The other instance evicted Redis before it published.
		this.redis.evict(1L);

		this.caches.apply("evict product-detail 1");

		assertThat(this.cache.get(1L, () -> load("new"))).isEqualTo("new");
		this.redis.clear();
		this.caches.apply("clear product-detail");
		assertThat(this.cache.get(1L, () -> load("newer"))).isEqualTo("newer");
		assertThat(this.published).as("nothing sent back").isEmpty();
	}

	@Test
	void aLoadThatBeganBeforeAnEvictionKeepsNothing() {
		String read = this.cache.get(1L, () -> {
			// The product changes and the eviction arrives while this read is under way.
			this.caches.apply("evict product-detail 1");
			return load("old");
		});

		assertThat(read).isEqualTo("old");
		assertThat(this.redis.get(1L)).as("in Redis").isNull();
		assertThat(this.cache.get(1L, () -> load("new"))).isEqualTo("new");
		assertThat(this.cache.get(1L, () -> load("newer"))).isEqualTo("new");
	}

	@Test
	void aRedisReadThatRacesAnEvictionIsNotKeptInMemory() {
		this.redis.put(1L, "old");
		this.redis.duringLookup = () -> this.caches.apply("evict product-detail 1");

		assertThat(this.cache.get(1L).get()).isEqualTo("old");

		this.redis.duringLookup = null;
		this.redis.evict(1L);
		assertThat(this.cache.get(1L, () -> load("new"))).isEqualTo("new");
	}

	@Test
	void whileRedisIsDownWhatIsInMemoryStillAnswersAndNewReadsAreNotKept() {
		this.cache.get(1L, () -> load("one"));
		this.redis.down = true;
		this.cache.get(2L);

		assertThat(this.cache.get(1L, () -> load("again"))).isEqualTo("one");
		assertThat(this.cache.get(2L, () -> load("two"))).isEqualTo("two");
		assertThat(this.cache.get(2L, () -> load("two again"))).isEqualTo("two again");
	}

	@Test
	void theNearTimeToLiveIsTheCachesOwnAtMostTheNearSetting() {
		CacheSettings settings = new CacheSettings(Map.of("dashboard", Duration.ofSeconds(10)), Duration.ofMinutes(10),
				100, new CacheSettings.Near(true, Duration.ofSeconds(30)));

		assertThat(settings.nearTtlOf("dashboard")).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.nearTtlOf("product-detail")).isEqualTo(Duration.ofSeconds(30));
	}

	private String load(String value) {
		this.loads.incrementAndGet();
		return value;
	}

	private NearCaches nearCaches() {
		SimpleCacheManager redis = new SimpleCacheManager();
		redis.setCaches(List.of(this.redis));
		redis.initializeCaches();
		GuardedRedisCaches guarded = new GuardedRedisCaches(redis,
				new RedisBreaker("caching", Duration.ofSeconds(5), this.clock));
		return new NearCaches(guarded, new CacheSettings(Map.of(), Duration.ofMinutes(10), 100,
				new CacheSettings.Near(true, Duration.ofSeconds(30))), this.published::add);
	}

}
