package dev.stockroom.support;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signs a browser session in through the real login form (the pages' counterpart of
 * {@link SignIn}, which signs API requests in with tokens): the page tests then make
 * their requests with the session this returns, as a browser sends its cookie.
 */
public final class PageSignIn {

	/** The demo users' password in the test databases. */
	public static final String DEMO_PASSWORD = "stockroom-demo";

	private PageSignIn() {
	}

	/**
	 * @param mvc the application
	 * @param username who signs in
	 * @param password their password
	 * @return the signed-in session
	 * @throws Exception when the sign-in does not land on the start page
	 */
	public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session)
			.with(SignIn.anonymous())
			.with(csrf())
			.param("username", username)
			.param("password", password)).andExpect(redirectedUrl("/"));
		return session;
	}

}
