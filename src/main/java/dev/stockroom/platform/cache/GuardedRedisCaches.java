package dev.stockroom.platform.cache;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.serializer.SerializationException;

import dev.stockroom.platform.redis.RedisBreaker;

/**
 * The Redis caches behind a {@link RedisBreaker}, so that Redis failing is a cache miss,
 * not an error, and a dead Redis costs one short timeout per backoff period instead of
 * one per request.
 *
 * <p>
 * An outage can also make an eviction fail: the product changed in PostgreSQL, but its
 * old detail is still in Redis, and would be served again once Redis is back. So when an
 * eviction (or a clear) failed or was skipped, every cache is cleared before Redis is
 * used again. The caches only hold what PostgreSQL can give again, so clearing them costs
 * a few misses, never data.
 */
final class GuardedRedisCaches implements CacheManager {

	private static final Logger log = LoggerFactory.getLogger(GuardedRedisCaches.class);

	private final RedisBreaker breaker;

	private final Map<String, Cache> caches = new LinkedHashMap<>();

	private final Collection<Cache> targets;

	private final AtomicBoolean evictionsMissed = new AtomicBoolean();

	/**
	 * @param redis the Redis caches, already initialised
	 * @param breaker the breaker shared by all of them
	 */
	GuardedRedisCaches(CacheManager redis, RedisBreaker breaker) {
		this.breaker = breaker;
		redis.getCacheNames().forEach((name) -> this.caches.put(name, new Guarded(redis.getCache(name))));
		this.targets = this.caches.values().stream().map((cache) -> ((Guarded) cache).target).toList();
	}

	@Override
	public Cache getCache(String name) {
		return this.caches.get(name);
	}

	@Override
	public Collection<String> getCacheNames() {
		return this.caches.keySet();
	}

	/**
	 * @return whether an eviction was missed and the caches are yet to be cleared
	 */
	boolean evictionsMissed() {
		return this.evictionsMissed.get();
	}

	/**
	 * @return whether Redis answers, as far as the last call knows: the breaker is closed
	 * and no missed eviction waits to be made up for (asks nothing of Redis)
	 */
	boolean available() {
		return !this.breaker.isOpen() && !this.evictionsMissed.get();
	}

	// Whether Redis may be used now: the breaker is closed, and no missed eviction is
	// left to make up for.
	private boolean usable() {
		if (this.breaker.isOpen()) {
			return false;
		}
		if (!this.evictionsMissed.get()) {
			return true;
		}
		synchronized (this) {
			if (!this.evictionsMissed.get()) {
				return true;
			}
			boolean cleared = this.breaker.call(() -> {
				this.targets.forEach(Cache::invalidate);
				return true;
			}, () -> false);
			if (cleared) {
				log.info("Cleared the Redis caches after evictions were missed during an outage");
				this.evictionsMissed.set(false);
			}
			return cleared;
		}
	}

	private final class Guarded implements Cache {

		private final Cache target;

		Guarded(Cache target) {
			this.target = target;
		}

		@Override
		public String getName() {
			return this.target.getName();
		}

		@Override
		public Object getNativeCache() {
			return this.target.getNativeCache();
		}

		@Override
		public ValueWrapper get(Object key) {
			if (!usable()) {
				return null;
			}
			return GuardedRedisCaches.this.breaker.call(() -> {
				try {
					return this.target.get(key);
				}
				catch (SerializationException ex) {
					// Not Redis's fault: an entry written by an older
					// version of a record.
					log.warn("Cache {} held an unreadable entry for key {}, evicting it: {}", getName(), key,
							ex.toString());
					this.target.evict(key);
					return null;
				}
			}, () -> null);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T get(Object key, Class<T> type) {
			ValueWrapper hit = get(key);
			Object value = (hit != null) ? hit.get() : null;
			if (value != null && type != null && !type.isInstance(value)) {
				throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]");
			}
			return (T) value;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T get(Object key, Callable<T> valueLoader) {
			ValueWrapper hit = get(key);
			if (hit != null) {
				return (T) hit.get();
			}
			T value;
			try {
				value = valueLoader.call();
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, valueLoader, ex);
			}
			put(key, value);
			return value;
		}

		@Override
		public void put(Object key, Object value) {
			if (value != null && usable()) {
				GuardedRedisCaches.this.breaker.run(() -> this.target.put(key, value));
			}
		}

		// evictIfPresent and invalidate, not evict and clear: those may remove later (in
		// Spring Data Redis 4 they write asynchronously), and a read right after a commit
		// would still see the old entry.
		@Override
		public void evict(Object key) {
			remove(() -> this.target.evictIfPresent(key));
		}

		@Override
		public boolean evictIfPresent(Object key) {
			evict(key);
			return false;
		}

		@Override
		public void clear() {
			remove(this.target::invalidate);
		}

		@Override
		public boolean invalidate() {
			clear();
			return false;
		}

		private void remove(Runnable removal) {
			boolean removed = usable() && GuardedRedisCaches.this.breaker.call(() -> {
				removal.run();
				return true;
			}, () -> false);
			if (!removed) {
				GuardedRedisCaches.this.evictionsMissed.set(true);
			}
		}

	}

}
