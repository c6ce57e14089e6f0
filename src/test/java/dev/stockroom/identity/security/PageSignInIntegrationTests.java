package dev.stockroom.identity.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out of the pages through the real login form: a new session id at
 * sign-in, the wrong password and the throttle answered on the login page, forms refused
 * without their CSRF token, and the security headers every page carries.
 */
@IntegrationTest
class PageSignInIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void signingInGivesTheSessionANewIdAndOpensThePages() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/login").session(session).with(SignIn.anonymous())).andExpect(status().isOk());
		String before = session.getId();

		this.mvc
			.perform(post("/login").session(session)
				.with(SignIn.anonymous())
				.with(csrf())
				.param("username", "viewer")
				.param("password", DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"));

		assertThat(session.getId()).as("session fixation: the id changes at sign-in").isNotEqualTo(before);
		this.mvc.perform(get("/").session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, <span>viewer</span>")));
		this.mvc.perform(get("/products").session(session).with(SignIn.anonymous())).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/products").with(SignIn.anonymous()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(get("/account/password").with(SignIn.anonymous()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void aWrongPasswordGoesBackToTheLoginPageWithAMessage() throws Exception {
		this.mvc
			.perform(post("/login").with(SignIn.anonymous())
				.with(csrf())
				.param("username", "viewer")
				.param("password", "not the password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login?error").with(SignIn.anonymous()))
			.andExpect(content().string(containsString("The username or password is not correct.")));
	}

	@Test
	void theEleventhAttemptWithinTheWindowIsThrottledWhileAnotherAccountSignsIn() throws Exception {
		String victim = register("victim");
		String bystander = register("bystander");
		for (int i = 0; i < 10; i++) {
			signIn(victim, "wrong password " + i).andExpect(redirectedUrl("/login?error"));
		}

		String location = signIn(victim, PASSWORD).andExpect(status().isFound())
			.andExpect(header().string("Location", matchesPattern("/login\\?throttled=\\d+")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(SignIn.anonymous()))
			.andExpect(content().string(containsString("Too many failed sign-ins for this account.")));
		signIn(bystander, PASSWORD).andExpect(redirectedUrl("/"));
	}

	// Someone else's failures must not keep the owner out.
	@Test
	void theThrottleCountsEachClientAddressApart() throws Exception {
		String user = register("owner");
		for (int i = 0; i < 10; i++) {
			signIn(user, "wrong password " + i, "203.0.113.66").andExpect(redirectedUrl("/login?error"));
		}

		signIn(user, PASSWORD, "203.0.113.67").andExpect(redirectedUrl("/"));
		signIn(user, PASSWORD, "203.0.113.66")
			.andExpect(header().string("Location", matchesPattern("/login\\?throttled=\\d+")));
	}

	@Test
	void signingOutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", DEMO_PASSWORD);

		this.mvc.perform(post("/logout").session(session).with(SignIn.anonymous())).andExpect(status().isForbidden());
		this.mvc.perform(get("/").session(session).with(SignIn.anonymous())).andExpect(status().isOk());

		this.mvc.perform(post("/logout").session(session).with(SignIn.anonymous()).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void pageFormsWithoutTheirCsrfTokenAreRefused() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", DEMO_PASSWORD);

		this.mvc
			.perform(post("/register").with(SignIn.anonymous())
				.param("username", "csrf-" + UUID.randomUUID().toString().substring(0, 8))
				.param("email", "csrf@example.com")
				.param("fullName", "Cross Site")
				.param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/password").session(session)
				.with(SignIn.anonymous())
				.param("currentPassword", DEMO_PASSWORD)
				.param("newPassword", PASSWORD)
				.param("newPasswordConfirmation", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/password-reset").with(SignIn.anonymous()).param("email", "someone@example.com"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/login").with(SignIn.anonymous()).param("username", "viewer").param("password", DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesSendTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return signIn(username, password, "127.0.0.1");
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").with(SignIn.anonymous()).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", username).param("password", password));
	}

	private String register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.register(new RegistrationRequest(username, username + "@example.com", "Page Tester", PASSWORD));
		return username;
	}

}
