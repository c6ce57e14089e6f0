package dev.stockroom.identity.cache;

import java.time.Clock;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.redis.ConditionalOnRedisConfigured;
import dev.stockroom.platform.redis.RedisBroadcast;
import dev.stockroom.platform.redis.RedisBreaker;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Carries {@link IdentityCache}'s evictions to every instance over Redis pub/sub, on the
 * channel {@code <key prefix>identity:evict} ({@code stockroom:identity:evict}): each
 * instance publishes its evictions after they commit and applies the others' as they
 * arrive, so a change reaches every instance within a second. An instance cut off from
 * Redis misses what was published meanwhile, and its entries expire by themselves (the
 * cache's TTL); see {@link RedisBroadcast}.
 */
@Component
@ConditionalOnRedisConfigured
class RedisIdentityEvictions implements SmartLifecycle, DisposableBean {

	private final RedisBroadcast broadcast;

	RedisIdentityEvictions(IdentityCache cache, StringRedisTemplate redis, RedisConnectionFactory connections,
			StockroomRedisProperties settings, Clock clock) {
		this.broadcast = new RedisBroadcast("identity cache evictions", settings.key("identity:evict"), redis,
				connections, new RedisBreaker("identity cache evictions", settings.outageBackoff(), clock));
		this.broadcast.listen(cache::apply);
	}

	void publish(String eviction) {
		this.broadcast.publish(eviction);
	}

	String channel() {
		return this.broadcast.channel();
	}

	@Override
	public void start() {
		this.broadcast.start();
	}

	@Override
	public void stop() {
		this.broadcast.stop();
	}

	@Override
	public boolean isRunning() {
		return this.broadcast.isRunning();
	}

	@Override
	public void destroy() throws Exception {
		this.broadcast.destroy();
	}

}
