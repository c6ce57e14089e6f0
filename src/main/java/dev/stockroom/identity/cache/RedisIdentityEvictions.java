package dev.stockroom.identity.cache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.redis.ConditionalOnRedisConfigured;
import dev.stockroom.platform.redis.RedisBreaker;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Carries {@link IdentityCache}'s evictions to every instance over Redis pub/sub, on the
 * channel {@code <key prefix>identity:evict} ({@code stockroom:identity:evict}): each
 * instance publishes its evictions after they commit and applies the others' as they
 * arrive, so a change reaches every instance within a second.
 *
 * <p>
 * Pub/sub delivers to whoever listens at that moment and keeps nothing: an instance cut
 * off from Redis misses what was published meanwhile, and its entries expire by
 * themselves (the cache's TTL). A failed publish is logged and skipped
 * ({@link RedisBreaker}); it never fails the change, which has committed already.
 *
 * <p>
 * The listener container is this bean's own, not a shared bean, so that other users of
 * pub/sub neither find two containers to choose from nor depend on this one.
 */
@Component
@ConditionalOnRedisConfigured
class RedisIdentityEvictions implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisIdentityEvictions.class);

	// Tells this instance's own messages apart: it applied them when it published them.
	private final String instance = UUID.randomUUID().toString();

	private final StringRedisTemplate redis;

	private final String channel;

	private final RedisBreaker breaker;

	private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

	RedisIdentityEvictions(IdentityCache cache, StringRedisTemplate redis, RedisConnectionFactory connections,
			StockroomRedisProperties settings, Clock clock) {
		this.redis = redis;
		this.channel = settings.key("identity:evict");
		this.breaker = new RedisBreaker("identity cache evictions", settings.outageBackoff(), clock);
		this.container.setConnectionFactory(connections);
		this.container.addMessageListener((Message message, byte[] pattern) -> {
			String body = new String(message.getBody(), StandardCharsets.UTF_8);
			int space = body.indexOf(' ');
			if (space > 0 && !body.substring(0, space).equals(this.instance)) {
				cache.apply(body.substring(space + 1));
			}
		}, new ChannelTopic(this.channel));
		this.container.afterPropertiesSet();
	}

	void publish(String eviction) {
		this.breaker.run(() -> this.redis.convertAndSend(this.channel, this.instance + " " + eviction));
	}

	String channel() {
		return this.channel;
	}

	/*
	 * With Redis down at start-up the container keeps trying in the background; the
	 * instance starts anyway, and relies on the TTL meanwhile.
	 */
	@Override
	public void start() {
		try {
			this.container.start();
		}
		catch (RuntimeException ex) {
			log.warn("Could not subscribe to {} yet ({}); cached identities expire after their TTL meanwhile",
					this.channel, ex.toString());
		}
	}

	@Override
	public void stop() {
		this.container.stop();
	}

	@Override
	public boolean isRunning() {
		return this.container.isRunning();
	}

	@Override
	public void destroy() throws Exception {
		this.container.destroy();
	}

}
