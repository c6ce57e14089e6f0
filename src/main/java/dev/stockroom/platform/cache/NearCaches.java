package dev.stockroom.platform.cache;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.SimpleValueWrapper;

import dev.stockroom.platform.redis.RedisBroadcast;

/**
 * A near cache in front of each Redis cache: a read is answered from this instance's
 * memory (Caffeine, bounded, each entry kept at most {@code stockroom.cache.near.ttl}),
 * then from Redis, then by the method itself. A warm read therefore costs neither SQL nor
 * a Redis round trip.
 *
 * <p>
 * The rule of freshness: an eviction (after its transaction commits, which the
 * transaction-aware proxy in front of this sees to) removes the entry from Redis and from
 * this instance's memory before the writing request answers, and reaches every other
 * instance's memory within a second over the channel {@code <key prefix>cache:evict}
 * ({@link RedisBroadcast}). While Redis is down no eviction travels: an entry already in
 * memory is answered until its near time to live ends, and what is read meanwhile is not
 * kept near (a value is kept near only when Redis took it too, so the near cache never
 * holds what Redis has not seen).
 *
 * <p>
 * A read that began before an eviction must not keep what it read after it: it may have
 * read the old value from Redis or PostgreSQL just before the change. Each eviction moves
 * its cache's generation on, after Redis has dropped the entry, and a read keeps its
 * value only if the generation is still the one it saw before it read.
 */
final class NearCaches implements CacheManager {

	private static final Logger log = LoggerFactory.getLogger(NearCaches.class);

	static final String EVICT = "evict ";

	static final String CLEAR = "clear ";

	private final Map<String, Near> caches = new LinkedHashMap<>();

	private final GuardedRedisCaches redis;

	private final Consumer<String> broadcast;

	/**
	 * @param redis the Redis caches, behind their breaker
	 * @param settings sizes and times to live
	 * @param broadcast tells the other instances of an eviction (a
	 * {@link RedisBroadcast}, whose messages from the others go to {@link #apply})
	 */
	NearCaches(GuardedRedisCaches redis, CacheSettings settings, Consumer<String> broadcast) {
		this.redis = redis;
		this.broadcast = broadcast;
		redis.getCacheNames()
			.forEach((name) -> this.caches.put(name,
					new Near(redis.getCache(name),
							Caffeine.newBuilder()
								.expireAfterWrite(settings.nearTtlOf(name))
								.maximumSize(settings.maximumSize())
								.build())));
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
	 * Applies an eviction another instance announced.
	 * @param message {@code evict <cache> <key>} or {@code clear <cache>}
	 */
	void apply(String message) {
		if (message.startsWith(EVICT)) {
			int space = message.indexOf(' ', EVICT.length());
			Near cache = (space > 0) ? this.caches.get(message.substring(EVICT.length(), space)) : null;
			if (cache != null) {
				cache.forget(message.substring(space + 1));
				return;
			}
		}
		else if (message.startsWith(CLEAR)) {
			Near cache = this.caches.get(message.substring(CLEAR.length()));
			if (cache != null) {
				cache.forgetAll();
				return;
			}
		}
		log.warn("Ignored a cache eviction that is not understood: {}", message);
	}

	/** One cache: memory first, then Redis. Keys in memory are the keys' text. */
	final class Near implements Cache {

		private final Cache target;

		private final com.github.benmanes.caffeine.cache.Cache<String, Object> memory;

		private final AtomicLong generation = new AtomicLong();

		Near(Cache target, com.github.benmanes.caffeine.cache.Cache<String, Object> memory) {
			this.target = target;
			this.memory = memory;
		}

		@Override
		public String getName() {
			return this.target.getName();
		}

		// Redis's: what the cache is stored in, for whoever inspects it.
		@Override
		public Object getNativeCache() {
			return this.target.getNativeCache();
		}

		/**
		 * @param key a key
		 * @return whether this instance holds its entry in memory now
		 */
		boolean holds(Object key) {
			return this.memory.getIfPresent(key.toString()) != null;
		}

		@Override
		public ValueWrapper get(Object key) {
			String near = key.toString();
			Object value = this.memory.getIfPresent(near);
			if (value != null) {
				return new SimpleValueWrapper(value);
			}
			long seen = this.generation.get();
			ValueWrapper hit = this.target.get(key);
			if (hit != null && hit.get() != null) {
				keep(near, hit.get(), seen);
			}
			return hit;
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
			String near = key.toString();
			Object cached = this.memory.getIfPresent(near);
			if (cached != null) {
				return (T) cached;
			}
			long seen = this.generation.get();
			ValueWrapper hit = this.target.get(key);
			if (hit != null && hit.get() != null) {
				keep(near, hit.get(), seen);
				return (T) hit.get();
			}
			T value;
			try {
				value = valueLoader.call();
			}
			catch (Exception ex) {
				throw new ValueRetrievalException(key, valueLoader, ex);
			}
			// Read before an eviction: the value may be the old one, so neither Redis nor
			// memory keeps it; the next read loads again.
			if (value != null && this.generation.get() == seen) {
				this.target.put(key, value);
				keep(near, value, seen);
			}
			return value;
		}

		// Only into Redis: the next read brings it into memory, with the generation
		// check.
		@Override
		public void put(Object key, Object value) {
			this.target.put(key, value);
		}

		@Override
		public void evict(Object key) {
			this.target.evict(key);
			forget(key.toString());
			NearCaches.this.broadcast.accept(EVICT + getName() + " " + key);
		}

		@Override
		public boolean evictIfPresent(Object key) {
			evict(key);
			return false;
		}

		@Override
		public void clear() {
			this.target.clear();
			forgetAll();
			NearCaches.this.broadcast.accept(CLEAR + getName());
		}

		@Override
		public boolean invalidate() {
			clear();
			return false;
		}

		// Kept only where Redis took it too, and no eviction came since the read began;
		// the check and the store are one step, so an eviction cannot fall between them.
		private void keep(String key, Object value, long seen) {
			if (!NearCaches.this.redis.available()) {
				return;
			}
			this.memory.asMap().compute(key, (ignored, old) -> (this.generation.get() == seen) ? value : old);
		}

		// The generation first: a read that began before this keeps nothing it read.
		void forget(String key) {
			this.generation.incrementAndGet();
			this.memory.invalidate(key);
		}

		void forgetAll() {
			this.generation.incrementAndGet();
			this.memory.invalidateAll();
		}

	}

}
