package dev.stockroom.platform.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a POST that carries an {@code Idempotency-Key} header behaves: a repeat replays the
 * first answer and never moves stock twice.
 *
 * @param ttl how long a key is remembered (and its answer replayed)
 * @param lockTimeout how long a request waits for another request with the same key to
 * finish before it is told that key is still in flight (409)
 */
@ConfigurationProperties("stockroom.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration ttl, @DefaultValue("10s") Duration lockTimeout) {
}
