package dev.stockroom.platform.ratelimit;

import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Rate-limit buckets kept in Redis with Bucket4j (compare-and-swap on one key per
 * bucket), so that every instance counts against the same limit. Uses the Lettuce client
 * Spring configured (URL, timeouts), with a connection of its own for Bucket4j's codec.
 * The connection is opened on first use, not at start-up, so that an application whose
 * Redis is down still starts; once open, Lettuce reconnects by itself.
 */
public class RedisBuckets implements DisposableBean {

	// Bucket4j waits this long for Redis; Lettuce's own command timeout is the same.
	private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);

	private final LettuceConnectionFactory connectionFactory;

	private final StockroomRedisProperties settings;

	private StatefulRedisConnection<String, byte[]> connection;

	private ProxyManager<String> buckets;

	RedisBuckets(LettuceConnectionFactory connectionFactory, StockroomRedisProperties settings) {
		this.connectionFactory = connectionFactory;
		this.settings = settings;
	}

	ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit) {
		return buckets().builder()
			.build(this.settings.key("rate-limit:" + limit.signature() + ":" + key), limit::configuration)
			.tryConsumeAndReturnRemaining(1);
	}

	private synchronized ProxyManager<String> buckets() {
		if (this.buckets == null) {
			RedisClient client = (RedisClient) this.connectionFactory.getRequiredNativeClient();
			this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
			this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
				.requestTimeout(REQUEST_TIMEOUT)
				// A bucket is deleted once it would be full again anyway: idle clients
				// leave nothing behind.
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.build();
		}
		return this.buckets;
	}

	@Override
	public synchronized void destroy() {
		if (this.connection != null) {
			this.connection.close();
		}
	}

}
