package dev.stockroom.platform.redis;

import java.util.Objects;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start when Stockroom's Redis and Spring's are not the same server: both
 * follow {@code STOCKROOM_REDIS_URL} in {@code application.yml}, but each can be
 * overridden alone, and half the Redis code would then talk to another server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRedisConfigured
public class RedisConfiguration {

	RedisConfiguration(StockroomRedisProperties redis, Environment environment) {
		// The URLs themselves stay out of the message: they may carry a password.
		if (!Objects.equals(redis.url(), environment.getProperty("spring.data.redis.url"))) {
			throw new IllegalStateException("stockroom.redis.url and spring.data.redis.url name different servers:"
					+ " set STOCKROOM_REDIS_URL, which sets both");
		}
	}

}
