package dev.stockroom.identity.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling (see {@link LoginThrottle}): after {@code maxFailures} failed sign-ins
 * for one username within the window, that username is refused until the window has
 * passed.
 *
 * @param maxFailures how many failed password sign-ins one username may have within the
 * window before further attempts are refused
 * @param window how far back failures count
 */
@ConfigurationProperties("stockroom.login-throttle")
record LoginThrottleProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window) {

	LoginThrottleProperties {
		if (maxFailures < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException(
					"stockroom.login-throttle needs max-failures of at least 1 and a positive window");
		}
	}

}
