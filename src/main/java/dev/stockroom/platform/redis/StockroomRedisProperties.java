package dev.stockroom.platform.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where Stockroom's optional Redis is, and how its keys are named. Redis is an
 * optimisation: revocation look-ups are cached there and rate-limit buckets are shared
 * through it by every instance. Without a URL nothing talks to Redis, and each instance
 * answers from the database and from buckets of its own.
 *
 * @param url {@code redis://host:6379} ({@code STOCKROOM_REDIS_URL}); empty means no
 * Redis, each instance works alone. Spring's {@code spring.data.redis.url} follows the
 * same variable in {@code application.yml}, and must be equal
 * @param keyPrefix put before every key ({@code STOCKROOM_REDIS_KEY_PREFIX}), so that
 * several applications, or test runs, can share one Redis without seeing each other's
 * keys
 * @param outageBackoff how long Redis is skipped after it failed once (see
 * {@link RedisBreaker})
 * @param sessions whether page sessions live in Redis too where it is configured, so that
 * every instance knows every signed-in browser ({@link SharedSessionConfiguration});
 * {@code false} keeps them in each instance's memory
 */
@ConfigurationProperties("stockroom.redis")
public record StockroomRedisProperties(String url, @DefaultValue("stockroom:") String keyPrefix,
		@DefaultValue("5s") Duration outageBackoff, @DefaultValue("true") boolean sessions) {

	/**
	 * @return whether a Redis is configured at all
	 */
	public boolean configured() {
		return StringUtils.hasText(this.url);
	}

	/**
	 * @param name the key without the prefix, e.g. {@code revoked-family:<id>}
	 * @return the key as stored in Redis
	 */
	public String key(String name) {
		return this.keyPrefix + name;
	}

	// The URL may carry a password.
	@Override
	public String toString() {
		return "StockroomRedisProperties[url=" + (configured() ? "(set)" : "(none)") + ", keyPrefix=" + this.keyPrefix
				+ ", outageBackoff=" + this.outageBackoff + ", sessions=" + this.sessions + "]";
	}

}
