package dev.stockroom.identity.password;

import java.time.Duration;

import dev.stockroom.platform.error.TooManyRequestsException;

/**
 * A sign-in was refused without checking the password, because its username had too many
 * failed attempts recently (see {@link LoginThrottle}). The web and API layers answer it
 * with 429 and a {@code Retry-After} of {@link #getRetryAfterSeconds()}. Unknown
 * usernames are throttled the same way, so this says nothing about which usernames exist.
 */
public class LoginThrottledException extends TooManyRequestsException {

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again later", retryAfter);
	}

}
