package dev.stockroom.platform.error;

import java.time.Duration;

/** The value of a {@code Retry-After} header. */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * @param wait how long until a retry may succeed
	 * @return whole seconds, rounded up, and never 0, which would invite an immediate
	 * retry that is still refused
	 */
	public static long seconds(Duration wait) {
		long seconds = wait.getSeconds() + ((wait.getNano() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}
