package dev.stockroom.platform.cache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;

/**
 * A cache is an optimisation: when it fails, the answer comes from the database instead.
 * A failed read counts as a miss, a failed write or eviction is logged and the request
 * carries on. Redis outages are mostly caught earlier, by {@link GuardedRedisCaches}
 * (which also makes up for the evictions an outage made it miss); this handler catches
 * whatever is left, so that no cache failure ever becomes a 500.
 */
class CacheErrors implements CacheErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(CacheErrors.class);

	@Override
	public void handleCacheGetError(RuntimeException ex, Cache cache, Object key) {
		log.warn("Cache {} could not be read for key {}, answering without it: {}", cache.getName(), key,
				ex.toString());
	}

	@Override
	public void handleCachePutError(RuntimeException ex, Cache cache, Object key, Object value) {
		log.warn("Cache {} could not store key {}: {}", cache.getName(), key, ex.toString());
	}

	@Override
	public void handleCacheEvictError(RuntimeException ex, Cache cache, Object key) {
		log.warn("Cache {} could not evict key {}: {}", cache.getName(), key, ex.toString());
	}

	@Override
	public void handleCacheClearError(RuntimeException ex, Cache cache) {
		log.warn("Cache {} could not be cleared: {}", cache.getName(), ex.toString());
	}

}
