package dev.stockroom.identity;

import java.time.Duration;

/**
 * A sign-in was refused without checking the password, because its username had too many
 * failed attempts recently (see {@link LoginThrottle}). The web and API layers answer it
 * with 429 and a {@code Retry-After} of {@link #getRetryAfterSeconds()}. Unknown
 * usernames are throttled the same way, so this says nothing about which usernames exist.
 */
public class LoginThrottledException extends RuntimeException {

	private final long retryAfterSeconds;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again later");
		// Whole seconds, rounded up, as Retry-After wants them; never 0, which would
		// invite
		// an immediate retry that is still refused.
		long seconds = retryAfter.getSeconds() + ((retryAfter.getNano() > 0) ? 1 : 0);
		this.retryAfterSeconds = Math.max(1, seconds);
	}

	/**
	 * @return how many seconds until the username may try again, at least 1
	 */
	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
