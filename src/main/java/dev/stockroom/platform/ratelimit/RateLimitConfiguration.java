package dev.stockroom.platform.ratelimit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.stockroom.platform.error.Problems;
import dev.stockroom.platform.redis.ConditionalOnRedisConfigured;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Rate limiting for {@code /api} (see {@link RateLimitFilter}), unless
 * {@code stockroom.rate-limit.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stockroom.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

	/**
	 * After Spring Security's filter chain: the signed-in user is known by then.
	 */
	static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

	@Bean
	@ConditionalOnRedisConfigured
	RedisBuckets redisBuckets(LettuceConnectionFactory connectionFactory, StockroomRedisProperties settings,
			RateLimitProperties properties) {
		return new RedisBuckets(connectionFactory, settings, properties);
	}

	@Bean
	RateLimiter rateLimiter(ObjectProvider<RedisBuckets> redis, RateLimitProperties properties,
			StockroomRedisProperties redisSettings, Clock clock) {
		return new RateLimiter(redis.getIfAvailable(), properties, redisSettings, clock);
	}

	// The filter itself is no bean, so Boot registers it only here, for /api only.
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
			Problems problems) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, properties, problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
