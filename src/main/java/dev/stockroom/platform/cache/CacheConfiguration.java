package dev.stockroom.platform.cache;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

import dev.stockroom.platform.api.ApiResponseCaching;
import dev.stockroom.platform.redis.ConditionalOnRedisConfigured;
import dev.stockroom.platform.redis.RedisBreaker;
import dev.stockroom.platform.redis.RedisBroadcast;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Spring's cache abstraction for the caches the modules declare ({@link CacheDefinition}
 * beans): in memory (Caffeine) where no Redis is configured, the embedded default and
 * development; in Redis where {@code stockroom.redis.url} is set, so that every instance
 * sees one cache and an eviction by one instance reaches all. In front of Redis, each
 * instance keeps what it read in memory too ({@link NearCaches}), unless
 * {@code stockroom.cache.near.enabled=false}. {@code spring.cache.type=none} switches
 * caching off: neither manager is made, and Spring Boot's no-op one answers every look-up
 * with a miss.
 *
 * <p>
 * Both managers are transaction-aware: an eviction made inside a transaction happens
 * after it commits, so a reader never caches the data the transaction is replacing as it
 * commits, and a rolled-back change evicts nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = CacheConfiguration.ORDER)
class CacheConfiguration implements CachingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);

	/**
	 * Before the transaction advice (whose order is the lowest precedence): a cache hit
	 * opens no transaction and borrows no connection.
	 */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	static final String CACHING_ON = "!'${spring.cache.type:}'.equalsIgnoreCase('none')";

	/**
	 * Before Spring Security's filter chain (order -100), so its cache headers see ours
	 * and leave them alone; the literal, as in {@link RateLimitConfiguration}.
	 */
	static final int HTTP_CACHING_ORDER = -100 - 10;

	@Override
	public CacheErrorHandler errorHandler() {
		return new CacheErrors();
	}

	// Per-view caching of API reads; not a cache of ours,
	// so spring.cache.type leaves it on.
	@Bean
	FilterRegistrationBean<ApiResponseCaching> apiResponseCaching() {
		FilterRegistrationBean<ApiResponseCaching> registration = new FilterRegistrationBean<>(
				new ApiResponseCaching());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(HTTP_CACHING_ORDER);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression(CACHING_ON)
	@ConditionalOnRedisConfigured
	static class RedisCaches {

		/** The near caches' evictions: {@code <key prefix>cache:evict}. */
		static final String EVICTION_CHANNEL = "cache:evict";

		@Bean
		CacheManager cacheManager(ObjectProvider<CacheDefinition> definitions, CacheSettings settings,
				StockroomRedisProperties redis, RedisConnectionFactory connections, JsonMapper json, Clock clock,
				ObjectProvider<RedisBroadcast> broadcast) {
			// Lenient: an entry written by the previous release, with a field since
			// removed, still reads.
			JsonMapper mapper = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
			Map<String, RedisCacheConfiguration> caches = new LinkedHashMap<>();
			definitions.orderedStream()
				.forEach((definition) -> caches.put(definition.name(), RedisCacheConfiguration.defaultCacheConfig()
					.entryTtl(settings.ttlOf(definition.name()))
					.disableCachingNullValues()
					// stockroom:cache:product-detail:42
					.computePrefixWith((name) -> redis.key("cache:" + name + ":"))
					.serializeValuesWith(SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(mapper,
							mapper.getTypeFactory().constructType(definition.valueType()))))));
			// Writes (puts, evictions) finish before the call returns: by default Spring
			// Data Redis 4 sends them asynchronously, so a read right after an eviction
			// could still find the entry. SCAN, not KEYS, to clear a cache: KEYS blocks
			// Redis for everyone.
			RedisCacheWriter writer = RedisCacheWriter.create(connections,
					(writes) -> writes.immediateWrites().batchStrategy(BatchStrategies.scan(1000)));
			RedisCacheManager manager = RedisCacheManager.builder(writer)
				.withInitialCacheConfigurations(caches)
				.disableCreateOnMissingCache()
				.build();
			manager.initializeCaches();
			GuardedRedisCaches guarded = new GuardedRedisCaches(manager,
					new RedisBreaker("caching", redis.outageBackoff(), clock));
			RedisBroadcast evictions = broadcast.getIfAvailable();
			if (evictions == null) {
				return new TransactionAwareCacheManagerProxy(guarded);
			}
			NearCaches near = new NearCaches(guarded, settings, evictions::publish);
			evictions.listen(near::apply);
			return new TransactionAwareCacheManagerProxy(near);
		}

		// What carries the near caches' evictions to every instance: a bean, so that
		// its listener container starts and stops with the application.
		@Bean
		@ConditionalOnBooleanProperty(name = "stockroom.cache.near.enabled", matchIfMissing = true)
		RedisBroadcast cacheEvictionBroadcast(StringRedisTemplate redis, RedisConnectionFactory connections,
				StockroomRedisProperties settings, Clock clock) {
			return new RedisBroadcast("cache evictions", settings.key(EVICTION_CHANNEL), redis, connections,
					new RedisBreaker("cache evictions", settings.outageBackoff(), clock));
		}

		// Opens the connection at start-up rather than in the first request that uses a
		// cache: on a busy machine the first connection (Netty starting up) can take
		// longer than the 500 ms connect timeout, and the breaker would then skip the
		// caches for a backoff period. Redis down at start-up is no error: caching starts
		// when it answers.
		@Bean
		ApplicationListener<ApplicationReadyEvent> redisCacheWarmUp(RedisConnectionFactory connections) {
			return (ready) -> {
				try (RedisConnection connection = connections.getConnection()) {
					connection.ping();
				}
				catch (RuntimeException ex) {
					log.info("Redis did not answer at start-up ({}); caching starts when it does", ex.toString());
				}
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression(CACHING_ON)
	@Conditional(NoRedisConfigured.class)
	static class LocalCaches {

		@Bean
		CacheManager cacheManager(ObjectProvider<CacheDefinition> definitions, CacheSettings settings) {
			CaffeineCacheManager manager = new CaffeineCacheManager();
			manager.setAllowNullValues(false);
			// No names: no cache made on first use, only the declared ones below.
			manager.setCacheNames(List.of());
			definitions.orderedStream()
				.forEach((definition) -> manager.registerCustomCache(definition.name(),
						Caffeine.newBuilder()
							.expireAfterWrite(settings.ttlOf(definition.name()))
							.maximumSize(settings.maximumSize())
							/*
							 * Hits and misses for the cache meters; without them the
							 * metrics binder warns and registers only cache.size.
							 */
							.recordStats()
							.build()));
			return new TransactionAwareCacheManagerProxy(manager);
		}

	}

	static class NoRedisConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new ConditionalOnRedisConfigured.RedisConfigured().matches(context, metadata);
		}

	}

}
