package dev.stockroom.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import dev.stockroom.identity.password.LoginThrottledAuthenticationException;

/**
 * Back to the login page after a failed sign-in, saying whether the password was wrong or
 * the account is throttled and for how long (in whole minutes, rounded up).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String query = (exception instanceof LoginThrottledAuthenticationException throttled)
				? "throttled=" + ((throttled.getRetryAfterSeconds() + 59) / 60) : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

}
