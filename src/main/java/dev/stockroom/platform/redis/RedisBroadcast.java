package dev.stockroom.platform.redis;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * One Redis pub/sub channel that every instance publishes to and listens on, for news
 * that each instance must act on in its own memory (an eviction from an in-process
 * cache): each instance publishes what it did and hears what the others did, not its own
 * messages, which it acted on as it published them.
 *
 * <p>
 * Pub/sub delivers to whoever listens at that moment and keeps nothing: an instance cut
 * off from Redis misses what was published meanwhile, so what it keeps in memory must
 * expire by itself. A failed publish is logged and skipped ({@link RedisBreaker}); it
 * never fails the change it announces, which has committed already.
 *
 * <p>
 * Each broadcast has a listener container of its own, not a shared bean, so that other
 * users of pub/sub neither find two containers to choose from nor depend on this one.
 * Whoever owns a broadcast starts and stops it with their own lifecycle (or registers it
 * as a bean, which does that).
 */
public final class RedisBroadcast implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisBroadcast.class);

	// Tells this instance's own messages apart.
	private final String instance = UUID.randomUUID().toString();

	private final String purpose;

	private final String channel;

	private final StringRedisTemplate redis;

	private final RedisBreaker breaker;

	private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

	/**
	 * @param purpose what the messages are for, for the logs (e.g. "cache evictions")
	 * @param channel the channel's full name, key prefix included
	 * @param redis publishes
	 * @param connections the listener container's connections
	 * @param breaker skips publishing while Redis is down
	 */
	public RedisBroadcast(String purpose, String channel, StringRedisTemplate redis, RedisConnectionFactory connections,
			RedisBreaker breaker) {
		this.purpose = purpose;
		this.channel = channel;
		this.redis = redis;
		this.breaker = breaker;
		this.container.setConnectionFactory(connections);
		this.container.afterPropertiesSet();
	}

	/**
	 * @param listener is handed what every other instance publishes, as it arrives (on
	 * the container's thread)
	 */
	public void listen(Consumer<String> listener) {
		this.container.addMessageListener((Message message, byte[] pattern) -> {
			String body = new String(message.getBody(), StandardCharsets.UTF_8);
			int space = body.indexOf(' ');
			if (space > 0 && !body.substring(0, space).equals(this.instance)) {
				listener.accept(body.substring(space + 1));
			}
		}, new ChannelTopic(this.channel));
	}

	/**
	 * Tells every other instance, unless Redis is down.
	 * @param message what to tell
	 */
	public void publish(String message) {
		this.breaker.run(() -> this.redis.convertAndSend(this.channel, this.instance + " " + message));
	}

	/**
	 * @return the channel's full name
	 */
	public String channel() {
		return this.channel;
	}

	/*
	 * With Redis down at start-up the container keeps trying in the background; the
	 * instance starts anyway, and relies on what it keeps expiring meanwhile.
	 */
	@Override
	public void start() {
		try {
			this.container.start();
		}
		catch (RuntimeException ex) {
			log.warn("Could not subscribe to {} yet ({}); {} from other instances are missed meanwhile", this.channel,
					ex.toString(), this.purpose);
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
