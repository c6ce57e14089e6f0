package dev.stockroom.live;

import java.time.Clock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import dev.stockroom.platform.redis.ConditionalOnRedisConfigured;
import dev.stockroom.platform.redis.RedisBreaker;
import dev.stockroom.platform.redis.RedisBroadcast;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Carries live messages between instances on the Redis channel
 * {@code <key prefix>live:messages}, the pub/sub the caches' evictions use
 * ({@link RedisBroadcast}): each instance publishes what it sent its own subscribers and
 * hands what the others publish to its own. Pub/sub keeps nothing, which suits messages
 * that are stale a second later; with Redis down, each instance still serves its own
 * subscribers, and pages catch up on their next update or reload.
 */
@Component
// Not for a command (check-ledger, load-demo-data), which runs without a web server or
// sockets.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnRedisConfigured
class RedisLiveFanOut implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisLiveFanOut.class);

	private final RedisBroadcast broadcast;

	private final JsonMapper json;

	RedisLiveFanOut(StringRedisTemplate redis, RedisConnectionFactory connections, StockroomRedisProperties settings,
			JsonMapper json, Clock clock) {
		this.broadcast = new RedisBroadcast("live updates", settings.key("live:messages"), redis, connections,
				new RedisBreaker("live updates", settings.outageBackoff(), clock));
		this.json = json;
	}

	void listen(Consumer<LiveMessage> listener) {
		this.broadcast.listen((text) -> {
			try {
				listener.accept(this.json.readValue(text, LiveMessage.class));
			}
			catch (JacksonException ex) {
				log.warn("Ignored a live message that is not one: {}", ex.getOriginalMessage());
			}
		});
	}

	void publish(LiveMessage message) {
		this.broadcast.publish(this.json.writeValueAsString(message));
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
