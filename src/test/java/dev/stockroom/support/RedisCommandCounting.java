package dev.stockroom.support;

import java.net.SocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.protocol.ProtocolKeyword;

import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Redis commands the application sends, by command (GET, SET, PUBLISH, ...):
 * Lettuce reports every command it completes to a latency recorder, and this one counts
 * them. {@code @Import} it into an {@link IntegrationTest}; the test then gets a context
 * of its own. Every connection made from Spring's connection factory is counted, the
 * cache's and the rate limiter's alike.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RedisCommandCounting {

	@Bean
	RedisCommandCounter redisCommandCounter() {
		return new RedisCommandCounter();
	}

	@Bean
	ClientResourcesBuilderCustomizer countingRedisCommands(RedisCommandCounter counter) {
		return (builder) -> builder.commandLatencyRecorder(counter);
	}

	/** The counts. */
	public static class RedisCommandCounter implements CommandLatencyRecorder {

		private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

		@Override
		public void recordCommandLatency(SocketAddress local, SocketAddress remote, ProtocolKeyword commandType,
				long firstResponseLatency, long completionLatency) {
			this.counts.computeIfAbsent(commandType.toString().toUpperCase(Locale.ROOT), (type) -> new AtomicLong())
				.incrementAndGet();
		}

		/**
		 * @param command a command's name, e.g. {@code GET}
		 * @return how many were sent and answered so far
		 */
		public long count(String command) {
			AtomicLong count = this.counts.get(command.toUpperCase(Locale.ROOT));
			return (count != null) ? count.get() : 0;
		}

		/**
		 * @return how many commands of any kind were sent and answered so far
		 */
		public long total() {
			return this.counts.values().stream().mapToLong(AtomicLong::get).sum();
		}

	}

}
