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
 * first); Redis's own {@code maxmemory} policy bounds the Redis caches
 */
@ConfigurationProperties("stockroom.cache")
public record CacheSettings(Map<String, Duration> ttl, @DefaultValue("10m") Duration defaultTtl,
		@DefaultValue("10000") long maximumSize) {

	public CacheSettings {
		ttl = (ttl != null) ? Map.copyOf(ttl) : Map.of();
	}

	/**
	 * @param cacheName a cache's name
	 * @return how long its entries live
	 */
	public Duration ttlOf(String cacheName) {
		return this.ttl.getOrDefault(cacheName, this.defaultTtl);
	}

}
