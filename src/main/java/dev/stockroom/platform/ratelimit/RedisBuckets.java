package dev.stockroom.platform.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
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
 *
 * <p>
 * A request does not wait for Redis: each instance keeps its buckets' proxies and takes
 * tokens from a local share, settling with Redis in one call once it has taken
 * {@code localShare} of the capacity or {@code syncInterval} has passed (Bucket4j's
 * delaying optimization). The price is a bounded overshoot: while an instance has not
 * settled, the others do not see what it took, so n instances together may let a client
 * through at most n x localShare over its limit (10% for two instances at the default
 * 5%).
 */
public class RedisBuckets implements DisposableBean {

	// Bucket4j waits this long for Redis; Lettuce's own command timeout is the same.
	private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);

	private final LettuceConnectionFactory connectionFactory;

	private final StockroomRedisProperties settings;

	private StatefulRedisConnection<String, byte[]> connection;

	private ProxyManager<String> buckets;

	/*
	 * The optimization keeps its unsettled tokens in the proxy, so a bucket's proxy must
	 * live as long as the bucket does; a proxy dropped early only settles sooner.
	 */
	private final Cache<String, BucketProxy> proxies;

	private final RateLimitProperties.LocalShare share;

	RedisBuckets(LettuceConnectionFactory connectionFactory, StockroomRedisProperties settings,
			RateLimitProperties properties) {
		this.connectionFactory = connectionFactory;
		this.settings = settings;
		this.share = properties.localShare();
		this.proxies = Caffeine.newBuilder()
			.maximumSize(properties.localKeys())
			.expireAfterAccess(properties.longestPeriod())
			.build();
	}

	ConsumptionProbe tryConsume(String key, RateLimitProperties.Limit limit) {
		String name = this.settings.key("rate-limit:" + limit.signature() + ":" + key);
		return this.proxies.get(name, (k) -> proxy(k, limit)).tryConsumeAndReturnRemaining(1);
	}

	private BucketProxy proxy(String name, RateLimitProperties.Limit limit) {
		RemoteBucketBuilder<String> builder = buckets().builder();
		long tokens = this.share.tokens(limit.capacity());
		if (tokens > 1) {
			builder = builder
				.withOptimization(Optimizations.delaying(new DelayParameters(tokens, this.share.syncInterval())));
		}
		return builder.build(name, limit::configuration);
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
