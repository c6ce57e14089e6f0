package dev.stockroom.platform.ratelimit;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.stockroom.platform.redis.StockroomRedisProperties;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances share one client's limit through Redis while each takes tokens from a
 * local share: together they let the client through the limit, and at most the stated
 * tolerance (two instances x 5%) over it, never the limit twice.
 */
class SharedRateLimitIntegrationTests {

	private static final long CAPACITY = 400;

	private final List<LettuceConnectionFactory> factories = new ArrayList<>();

	private final List<RedisBuckets> buckets = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (RedisBuckets each : this.buckets) {
			each.destroy();
		}
		this.factories.forEach(LettuceConnectionFactory::destroy);
	}

	@Test
	void twoInstancesTogetherStayWithinTenPercentOfTheLimit() throws Exception {
		RateLimitProperties properties = properties(0.05);
		RateLimiter first = instance(properties);
		RateLimiter second = instance(properties);
		String client = "api:user:shared-" + UUID.randomUUID();

		// An hour-long period: what refills during the test is below one token.
		long admitted = hammer(first, second, client, properties.api(), 3 * (int) CAPACITY, 8);

		assertThat(admitted).isGreaterThanOrEqualTo(CAPACITY).isLessThanOrEqualTo(CAPACITY + CAPACITY / 10);
	}

	@Test
	void withNoLocalShareTheInstancesNeverExceedTheLimit() throws Exception {
		RateLimitProperties properties = properties(0);
		RateLimiter first = instance(properties);
		RateLimiter second = instance(properties);
		String client = "api:user:strict-" + UUID.randomUUID();

		// One thread each: every request is a compare-and-swap in Redis, which many
		// threads on one key would keep retrying.
		long admitted = hammer(first, second, client, properties.api(), 3 * (int) CAPACITY, 2);

		assertThat(admitted).isEqualTo(CAPACITY);
	}

	// Half the threads on each instance, every request counted once.
	private static long hammer(RateLimiter first, RateLimiter second, String client, RateLimitProperties.Limit limit,
			int requests, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Long>> tasks = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				RateLimiter instance = (t % 2 == 0) ? first : second;
				tasks.add(() -> {
					long mine = 0;
					for (int i = 0; i < requests / threads; i++) {
						if (instance.tryConsume(client, limit).isConsumed()) {
							mine++;
						}
					}
					return mine;
				});
			}
			long admitted = 0;
			for (Future<Long> each : pool.invokeAll(tasks)) {
				admitted += each.get();
			}
			return admitted;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static RateLimitProperties properties(double share) {
		return new RateLimitProperties(true, new RateLimitProperties.Limit(CAPACITY, Duration.ofHours(1)), null, 1000,
				new RateLimitProperties.LocalShare(share, Duration.ofSeconds(1)));
	}

	private RateLimiter instance(RateLimitProperties properties) {
		URI redis = URI.create(TestServices.redisUrl());
		LettuceConnectionFactory factory = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(redis.getHost(), redis.getPort()));
		factory.afterPropertiesSet();
		factory.start();
		this.factories.add(factory);
		StockroomRedisProperties settings = new StockroomRedisProperties(TestServices.redisUrl(),
				TestServices.redisKeyPrefix(), Duration.ofSeconds(5), true);
		RedisBuckets redisBuckets = new RedisBuckets(factory, settings, properties);
		this.buckets.add(redisBuckets);
		return new RateLimiter(redisBuckets, properties, settings, Clock.systemUTC());
	}

}
