package dev.stockroom.platform.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits under {@code /api} (see {@link RateLimitFilter}), shared through Redis
 * where it is configured.
 *
 * @param enabled whether requests are limited at all (the benchmark's profile switches
 * them off)
 * @param api requests per period for each signed-in user, or else each client address:
 * 300 a minute unless set
 * @param login requests per period to the token endpoints ({@code POST
 * /api/v1/auth/token} and {@code /refresh}) for each client address, stricter, against
 * password guessing: 20 a minute unless set
 * @param localKeys how many buckets an instance keeps in memory (its own when it counts
 * alone, without Redis or while Redis is down; its proxies of the shared ones otherwise);
 * the least recently used go first
 * @param localShare how much of a shared bucket an instance may take before it settles
 * with Redis
 */
@ConfigurationProperties("stockroom.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit api, Limit login,
		@DefaultValue("100000") long localKeys, @DefaultValue LocalShare localShare) {

	RateLimitProperties {
		api = Limit.withDefaults("api", api, 300, Duration.ofMinutes(1));
		login = Limit.withDefaults("login", login, 20, Duration.ofMinutes(1));
	}

	Duration longestPeriod() {
		return (this.api.period().compareTo(this.login.period()) >= 0) ? this.api.period() : this.login.period();
	}

	/**
	 * How far an instance may run ahead of Redis. Each instance may let a client through
	 * up to {@code fraction} of the capacity that the others do not see yet, so the
	 * overshoot of n instances is at most n x fraction of the limit.
	 *
	 * @param fraction of a bucket's capacity, taken locally between two settlements (a
	 * bucket whose share comes to one token or less settles on every request)
	 * @param syncInterval the longest an instance keeps tokens unsettled
	 */
	record LocalShare(@DefaultValue("0.05") double fraction, @DefaultValue("1s") Duration syncInterval) {

		LocalShare {
			if (fraction < 0 || fraction > 0.5) {
				throw new IllegalArgumentException(
						"stockroom.rate-limit.local-share.fraction must be between 0 and 0.5, not " + fraction);
			}
			if (syncInterval.isNegative() || syncInterval.isZero()) {
				throw new IllegalArgumentException("stockroom.rate-limit.local-share.sync-interval must be positive");
			}
		}

		long tokens(long capacity) {
			return (long) Math.floor(capacity * this.fraction);
		}

	}

	/**
	 * @param capacity requests per period; also the burst allowed at once
	 * @param period in which the capacity refills, evenly
	 */
	record Limit(Long capacity, Duration period) {

		// Binding builds a Limit from whatever is set;
		// the defaults fill the rest, and only the result is checked.
		static Limit withDefaults(String name, Limit given, long capacity, Duration period) {
			Limit limit = new Limit((given != null && given.capacity() != null) ? given.capacity() : capacity,
					(given != null && given.period() != null) ? given.period() : period);
			if (limit.capacity() < 1 || limit.period().isNegative() || limit.period().isZero()) {
				throw new IllegalArgumentException(
						"stockroom.rate-limit." + name + " needs a capacity of at least 1 and a positive period, not "
								+ limit.capacity() + " per " + limit.period());
			}
			return limit;
		}

		/**
		 * @return the limit as a key segment, e.g. {@code 300-per-60s}: buckets of
		 * another limit live under other keys, so a changed setting takes effect at once
		 * instead of when the old buckets expire
		 */
		String signature() {
			return this.capacity + "-per-" + this.period.toSeconds() + "s";
		}

		BucketConfiguration configuration() {
			return BucketConfiguration.builder()
				.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build())
				.build();
		}

	}

}
