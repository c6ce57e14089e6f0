package dev.stockroom.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.data.redis.RedisConnectionFailureException;

import dev.stockroom.platform.redis.RedisBreaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of {@link GuardedRedisCaches}, over in-memory caches that fail on demand the
 * way Redis's do when it is down (the real Redis outage is
 * {@link RedisOutageIntegrationTests}).
 */
class GuardedRedisCachesTests {

	private final MovableClock clock = new MovableClock();

	private final FailingCache details = new FailingCache("product-detail");

	private final FailingCache dashboard = new FailingCache("dashboard");

	private final GuardedRedisCaches caches = guarded();

	@Test
	void aFailedReadIsAMissAndRedisIsLeftAloneForTheBackoff() {
		Cache cache = this.caches.getCache("product-detail");
		cache.put(1L, "one");
		this.details.down = true;

		assertThat(cache.get(1L)).isNull();
		assertThat(cache.get(1L)).isNull();
		cache.put(2L, "two");

		assertThat(this.details.calls.get()).as("calls after the first failure").isEqualTo(1);
		this.details.down = false;
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(cache.get(1L).get()).isEqualTo("one");
	}

	@Test
	void anEvictionMissedDuringAnOutageClearsEveryCacheBeforeRedisIsUsedAgain() {
		Cache cache = this.caches.getCache("product-detail");
		cache.put(1L, "before the outage");
		this.caches.getCache("dashboard").put("today", "figures");
		this.details.down = true;
		this.dashboard.down = true;

		cache.evict(1L);

		assertThat(this.caches.evictionsMissed()).isTrue();
		this.details.down = false;
		this.dashboard.down = false;
		// Still open: Redis is back, but not asked yet.
		assertThat(cache.get(1L)).isNull();
		assertThat(this.details.get(1L)).isNotNull();

		this.clock.advance(Duration.ofSeconds(6));

		assertThat(cache.get(1L)).isNull();
		assertThat(this.caches.getCache("dashboard").get("today")).isNull();
		assertThat(this.caches.evictionsMissed()).isFalse();
		cache.put(1L, "after");
		assertThat(cache.get(1L).get()).isEqualTo("after");
	}

	@Test
	void aMissRunsTheLoaderWhoseFailurePropagatesAsItself() {
		Cache cache = this.caches.getCache("product-detail");

		assertThat(cache.get(1L, () -> "loaded")).isEqualTo("loaded");
		assertThat(cache.get(1L, () -> "not again")).isEqualTo("loaded");
		assertThatThrownBy(() -> cache.get(2L, () -> {
			throw new IllegalStateException("no such product");
		})).isInstanceOf(Cache.ValueRetrievalException.class).hasRootCauseMessage("no such product");
		assertThat(cache.get(2L)).isNull();
	}

	private GuardedRedisCaches guarded() {
		SimpleCacheManager redis = new SimpleCacheManager();
		redis.setCaches(List.of(this.details, this.dashboard));
		redis.initializeCaches();
		return new GuardedRedisCaches(redis, new RedisBreaker("caching", Duration.ofSeconds(5), this.clock));
	}

	/** An in-memory cache that throws what Lettuce throws while Redis is down. */
	static final class FailingCache extends ConcurrentMapCache {

		volatile boolean down;

		// Runs inside a look-up, as something happening while Redis answers.
		volatile Runnable duringLookup;

		final AtomicInteger calls = new AtomicInteger();

		FailingCache(String name) {
			super(name, false);
		}

		@Override
		protected Object lookup(Object key) {
			failWhenDown();
			if (this.duringLookup != null) {
				this.duringLookup.run();
			}
			return super.lookup(key);
		}

		@Override
		public void put(Object key, Object value) {
			failWhenDown();
			super.put(key, value);
		}

		@Override
		public void evict(Object key) {
			failWhenDown();
			super.evict(key);
		}

		@Override
		public boolean evictIfPresent(Object key) {
			failWhenDown();
			return super.evictIfPresent(key);
		}

		@Override
		public void clear() {
			failWhenDown();
			super.clear();
		}

		@Override
		public boolean invalidate() {
			failWhenDown();
			return super.invalidate();
		}

		private void failWhenDown() {
			if (this.down) {
				this.calls.incrementAndGet();
				throw new RedisConnectionFailureException("Redis is down");
			}
		}

	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-24T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
