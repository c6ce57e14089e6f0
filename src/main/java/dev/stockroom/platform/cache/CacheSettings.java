package dev.stockroom.platform.cache;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long cached answers live, per cache. The same settings serve the in-memory caches
 * (Caffeine, without Redis) and Redis, where an entry is JSON under
 * {@code <key-prefix>cache:<name>:<key>} ({@link CacheConfiguration}). An entry is
 * evicted after commit when its data changes. Caching as a whole is switched off with
 * Spring's own {@code spring.cache.type=none}.
 *
 * @param ttl time to live by cache name ({@code stockroom.cache.ttl.product-detail=10m});
 * a cache not named here lives {@code defaultTtl}. Eviction after a change is what keeps
 * answers fresh; the time to live only bounds how long an answer whose eviction was
 * missed (a write outside the application, a race between a read and a write) can be
 * served
 * @param defaultTtl the time to live of a cache not named in {@code ttl}
 * @param maximumSize the most entries one in-memory cache holds (least recently used go
 * first), the near caches in front of Redis included; Redis's own {@code maxmemory}
 * policy bounds the Redis caches
 * @param near the near caches: with Redis, each instance keeps what it read from a cache
 * in its own memory too ({@link NearCaches})
 */
@ConfigurationProperties("stockroom.cache")
public record CacheSettings(Map<String, Duration> ttl, @DefaultValue("10m") Duration defaultTtl,
		@DefaultValue("10000") long maximumSize, @DefaultValue Near near) {

	public CacheSettings {
		ttl = (ttl != null) ? Map.copyOf(ttl) : Map.of();
	}

	/**
	 * @param cacheName a cache's name
	 * @return how long an entry of that cache is kept in an instance's memory in front of
	 * Redis: its time to live, at most {@code near.ttl}
	 */
	public Duration nearTtlOf(String cacheName) {
		Duration ttl = ttlOf(cacheName);
		return (ttl.compareTo(this.near.ttl()) < 0) ? ttl : this.near.ttl();
	}

	/**
	 * The near caches: in front of each Redis cache, a bounded in-memory one per
	 * instance, so that a warm read costs no Redis round trip. Evictions reach every
	 * instance's near cache over Redis pub/sub within a second.
	 *
	 * @param enabled whether reads are answered from memory first where Redis is
	 * configured; {@code false} asks Redis for every read
	 * @param ttl the longest an entry stays in an instance's memory: what bounds how long
	 * another instance's change can go unseen there while Redis (which carries the
	 * evictions) is down
	 */
	public record Near(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration ttl) {

		public Near {
			if (ttl.isNegative() || ttl.isZero()) {
				throw new IllegalArgumentException("stockroom.cache.near.ttl must be positive");
			}
		}

	}

	/**
	 * @param cacheName a cache's name
	 * @return how long its entries live
	 */
	public Duration ttlOf(String cacheName) {
		return this.ttl.getOrDefault(cacheName, this.defaultTtl);
	}

}
