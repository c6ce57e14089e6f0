package dev.stockroom.identity.web;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.apitoken.NewApiToken;
import dev.stockroom.identity.password.InvalidCredentialsException;
import dev.stockroom.identity.token.InvalidTokenException;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.TokenPair;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password change page: the new password works at once, the user's API clients are
 * signed out, this browser stays signed in under a new session id, and a wrong current
 * password is shown beside its field.
 */
@IntegrationTest
class PasswordChangePageIntegrationTests {

	// Where the sign-ins come from; LoginThrottleIntegrationTests is about addresses.
	private static final String CLIENT = "192.0.2.1";

	private static final String OLD_PASSWORD = "plum kettle orbit fog";

	private static final String NEW_PASSWORD = "quartz lantern meadow drift";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	RefreshTokens refreshTokens;

	@Autowired
	ApiTokenService apiTokens;

	@Test
	void changesThePasswordSignsApiClientsOutAndKeepsThisSession() throws Exception {
		String username = register();
		TokenPair apiClient = this.refreshTokens.issue(username);
		MockHttpSession session = PageSignIn.as(this.mvc, username, OLD_PASSWORD);
		String before = session.getId();

		change(session, OLD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flash", "Password changed"));

		assertThat(session.getId()).as("a new session id, as after a sign-in").isNotEqualTo(before);
		this.mvc.perform(get("/").session(session).with(SignIn.anonymous())).andExpect(status().isOk());
		assertThat(catchThrowableOfType(InvalidTokenException.class,
				() -> this.refreshTokens.rotate(apiClient.refreshToken())))
			.as("the API client is signed out")
			.isNotNull();
		assertThat(this.users.authenticate(username, NEW_PASSWORD, CLIENT).username()).isEqualTo(username);
		assertThat(catchThrowableOfType(InvalidCredentialsException.class,
				() -> this.users.authenticate(username, OLD_PASSWORD, CLIENT)))
			.isNotNull();
	}

	// Unlike a reset (PasswordResetIntegrationTests): the user knew the password.
	@Test
	void aPasswordChangeKeepsThePersonalApiTokens() throws Exception {
		String username = register();
		NewApiToken script = this.apiTokens.create(username, "nightly export", Optional.empty());
		MockHttpSession session = PageSignIn.as(this.mvc, username, OLD_PASSWORD);

		change(session, OLD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));

		assertThat(this.apiTokens.authenticate(script.key())).isPresent();
	}

	@Test
	void theUsersOtherBrowserSessionsAreSignedOut() throws Exception {
		String username = register();
		MockHttpSession laptop = PageSignIn.as(this.mvc, username, OLD_PASSWORD);
		MockHttpSession phone = PageSignIn.as(this.mvc, username, OLD_PASSWORD);
		MockHttpSession someoneElse = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		change(laptop, OLD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/").session(phone).with(SignIn.anonymous())).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/").session(laptop).with(SignIn.anonymous())).andExpect(status().isOk());
		this.mvc.perform(get("/").session(someoneElse).with(SignIn.anonymous())).andExpect(status().isOk());
	}

	@Test
	void theFlashMessageIsShownAfterTheRedirect() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		this.mvc.perform(get("/").session(session).with(SignIn.anonymous()).flashAttr("flash", "Password changed"))
			.andExpect(content().string(containsString("Password changed")));
	}

	@Test
	void aWrongCurrentPasswordIsShownBesideItsField() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, OLD_PASSWORD);

		change(session, "not my password at all", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "currentPassword"))
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("The current password is not correct")));
		assertThat(this.users.authenticate(username, OLD_PASSWORD, CLIENT).username()).isEqualTo(username);
	}

	@Test
	void aWeakOrMismatchedNewPasswordIsShownBesideItsField() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, OLD_PASSWORD);

		change(session, OLD_PASSWORD, "short", "short").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "newPassword"))
			.andExpect(content().string(containsString("Use at least 12 characters")));
		change(session, OLD_PASSWORD, NEW_PASSWORD, OLD_PASSWORD).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPasswordConfirmation", "PasswordsMatch"));
	}

	private ResultActions change(MockHttpSession session, String current, String chosen, String confirmation)
			throws Exception {
		return this.mvc.perform(post("/account/password").session(session)
			.with(SignIn.anonymous())
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", chosen)
			.param("newPasswordConfirmation", confirmation));
	}

	private String register() {
		String username = "changer-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.register(new RegistrationRequest(username, username + "@example.com", "Page Tester", OLD_PASSWORD));
		return username;
	}

}
