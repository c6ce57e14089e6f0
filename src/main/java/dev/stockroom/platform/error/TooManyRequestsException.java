package dev.stockroom.platform.error;

import java.time.Duration;

/**
 * A request refused because its sender went over a limit: the API answers 429 with a
 * {@code Retry-After} of {@link #getRetryAfterSeconds()}.
 */
public class TooManyRequestsException extends RuntimeException {

	private final long retryAfterSeconds;

	protected TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfterSeconds = RetryAfter.seconds(retryAfter);
	}

	/**
	 * @return how many seconds until the sender may try again, at least 1
	 */
	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
