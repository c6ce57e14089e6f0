package dev.stockroom.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * {@link LoginThrottledException} in Spring Security's terms, so that the login page's
 * failure handler can tell "wait" from "wrong password".
 */
class LoginThrottledAuthenticationException extends AuthenticationException {

	private final long retryAfterSeconds;

	LoginThrottledAuthenticationException(LoginThrottledException cause) {
		super(cause.getMessage(), cause);
		this.retryAfterSeconds = cause.getRetryAfterSeconds();
	}

	long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
