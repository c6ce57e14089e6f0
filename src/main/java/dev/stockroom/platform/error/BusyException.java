package dev.stockroom.platform.error;

import java.time.Duration;

/**
 * This instance is already doing as much of some costly work as it allows itself (image
 * processing, say): the request is refused at once, not queued, and the API answers 503
 * with a {@code Retry-After} of {@link #getRetryAfterSeconds()}; another instance, or
 * this one a moment later, will take it.
 */
public class BusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public BusyException(String message, Duration retryAfter) {
		super(message);
		this.retryAfterSeconds = RetryAfter.seconds(retryAfter);
	}

	/**
	 * @return how many seconds until a retry may succeed, at least 1
	 */
	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
