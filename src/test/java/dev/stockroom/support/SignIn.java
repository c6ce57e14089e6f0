package dev.stockroom.support;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who a MockMvc request of an {@link IntegrationTest} is made by. Unless a test says
 * otherwise, API requests are made by the demo superuser {@code admin} with a real access
 * token ({@link #DEFAULT_USER}): most tests are about what an endpoint does, not who may
 * call it. A test about access says so: {@code .with(SignIn.as("viewer"))} or
 * {@code .with(SignIn.anonymous())}. A request that sets its own {@code Authorization}
 * header keeps it.
 */
public final class SignIn {

	/** The user API requests are made by when a test does not choose one. */
	public static final String DEFAULT_USER = "admin";

	private SignIn() {
	}

	/**
	 * @param username a demo user ({@code admin}, {@code manager}, {@code clerk},
	 * {@code viewer}) or any active user of the test database
	 * @return a post-processor that signs the request in as that user with a bearer token
	 */
	public static RequestPostProcessor as(String username) {
		return (request) -> {
			request.removeHeader(HttpHeaders.AUTHORIZATION);
			request.addHeader(HttpHeaders.AUTHORIZATION, tokens(request).bearer(username));
			return request;
		};
	}

	/**
	 * @return a post-processor that sends the request without credentials
	 */
	public static RequestPostProcessor anonymous() {
		return (request) -> {
			request.removeHeader(HttpHeaders.AUTHORIZATION);
			return request;
		};
	}

	// The default: added first, so that the request's own header
	// or a later as(...) or anonymous() wins.
	static RequestPostProcessor asDefaultUser() {
		return (request) -> {
			if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
				request.addHeader(HttpHeaders.AUTHORIZATION, tokens(request).bearer(DEFAULT_USER));
			}
			return request;
		};
	}

	private static TestTokens tokens(MockHttpServletRequest request) {
		return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
			.getBean(TestTokens.class);
	}

}
