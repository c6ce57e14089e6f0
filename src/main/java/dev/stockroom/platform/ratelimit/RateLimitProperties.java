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
 * @param localKeys how many buckets an instance keeps in memory when it counts alone (no
 * Redis, or Redis down); the least recently used go first
 */
@ConfigurationProperties("stockroom.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit api, Limit login,
		@DefaultValue("100000") long localKeys) {

	RateLimitProperties {
		api = Limit.withDefaults("api", api, 300, Duration.ofMinutes(1));
		login = Limit.withDefaults("login", login, 20, Duration.ofMinutes(1));
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
