package dev.stockroom.platform.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny circuit breaker for calls to Redis, which is an optimisation and never the
 * source of truth. A call that fails (Redis down, a timeout) returns the fallback's
 * answer instead, and for the next {@code backoff} Redis is not asked at all: otherwise
 * an outage would add a connection or command timeout to every request. After the backoff
 * the next call tries again, and the first one that succeeds closes the breaker.
 *
 * <p>
 * An outage is logged once at warn when it starts and once at info when it ends, not for
 * every request.
 */
public final class RedisBreaker {

	private static final Logger log = LoggerFactory.getLogger(RedisBreaker.class);

	private final String purpose;

	private final Duration backoff;

	private final Clock clock;

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile Instant closedAgainAt = Instant.MIN;

	private final AtomicLong skipped = new AtomicLong();

	/**
	 * @param purpose what Redis is used for, for the logs (e.g. "rate limiting")
	 * @param backoff how long Redis is skipped after a failure
	 * @param clock the time
	 */
	public RedisBreaker(String purpose, Duration backoff, Clock clock) {
		this.purpose = purpose;
		this.backoff = backoff;
		this.clock = clock;
	}

	/**
	 * Asks Redis, or the fallback when Redis failed just now or fails this time.
	 * @param <T> the answer
	 * @param viaRedis the Redis call; it should do nothing but talk to Redis, since any
	 * exception it throws counts as a Redis failure
	 * @param fallback the answer without Redis
	 * @return the answer
	 */
	public <T> T call(Supplier<T> viaRedis, Supplier<T> fallback) {
		if (isOpen()) {
			this.skipped.incrementAndGet();
			return fallback.get();
		}
		T answer;
		try {
			answer = viaRedis.get();
		}
		catch (RuntimeException ex) {
			failed(ex);
			return fallback.get();
		}
		succeeded();
		return answer;
	}

	/**
	 * Runs a Redis write whose failure is no one's business but the logs'.
	 * @param viaRedis the Redis call
	 */
	public void run(Runnable viaRedis) {
		call(() -> {
			viaRedis.run();
			return null;
		}, () -> null);
	}

	/**
	 * @return whether Redis is being skipped now
	 */
	public boolean isOpen() {
		return this.clock.instant().isBefore(this.closedAgainAt);
	}

	/**
	 * @return how many calls went straight to the fallback while the breaker was open
	 */
	public long skippedCalls() {
		return this.skipped.get();
	}

	private void failed(RuntimeException ex) {
		this.closedAgainAt = this.clock.instant().plus(this.backoff);
		if (this.down.compareAndSet(false, true)) {
			log.warn("Redis failed for {} ({}); working without it, next attempt in {}", this.purpose, ex.toString(),
					this.backoff);
		}
		else {
			log.debug("Redis still failing for {}: {}", this.purpose, ex.toString());
		}
	}

	private void succeeded() {
		if (this.down.compareAndSet(true, false)) {
			log.info("Redis is back for {}", this.purpose);
		}
	}

}
