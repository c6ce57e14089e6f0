package dev.stockroom.platform.ratelimit;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import dev.stockroom.platform.redis.RedisBreaker;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Takes one request from a bucket: in Redis where it is configured and answering (every
 * instance shares the count), otherwise from buckets this instance keeps in memory, at
 * most {@code localKeys} of them. While Redis is down each instance counts alone, so a
 * client may get up to the limit from every instance: looser, never a 500.
 */
class RateLimiter {

	private final RedisBuckets redis;

	private final RedisBreaker breaker;

	private final Cache<String, Bucket> local;

	/**
	 * @param redis the Redis buckets, or {@code null} without Redis
	 */
	RateLimiter(RedisBuckets redis, RateLimitProperties properties, StockroomRedisProperties redisSettings,
			Clock clock) {
		this.redis = redis;
		this.breaker = new RedisBreaker("rate limiting", redisSettings.outageBackoff(), clock);
		// A bucket untouched for its longest period is full again:
		// forgetting it changes nothing.
		this.local = Caffeine.newBuilder()
			.maximumSize(properties.localKeys())
			.expireAfterAccess(properties.longestPeriod())
			.build();
	}

	/**
	 * @param key whose bucket, e.g. {@code api:user:alice}
	 * @param limit its size
	 * @return whether the request may go on, how many remain, how long until the next one
	 */
	ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit) {
		if (this.redis == null) {
			return locally(key, limit);
		}
		return this.breaker.call(() -> this.redis.tryConsume(key, limit), () -> locally(key, limit));
	}

	RedisBreaker breaker() {
		return this.breaker;
	}

	private ConsumptionProbe locally(String key, RateLimitProperties.Limit limit) {
		return this.local
			.get(key, (name) -> Bucket.builder().addLimit(limit.configuration().getBandwidths()[0]).build())
			.tryConsumeAndReturnRemaining(1);
	}

}
