package dev.stockroom.identity.password;

import org.springframework.security.core.AuthenticationException;

/**
 * {@link LoginThrottledException} in Spring Security's terms, so that the login page's
 * failure handler can tell "wait" from "wrong password".
 */
public class LoginThrottledAuthenticationException extends AuthenticationException {

	private final long retryAfterSeconds;

	public LoginThrottledAuthenticationException(LoginThrottledException cause) {
		super(cause.getMessage(), cause);
		this.retryAfterSeconds = cause.getRetryAfterSeconds();
	}

	public long getRetryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
