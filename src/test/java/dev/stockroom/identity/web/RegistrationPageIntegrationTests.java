package dev.stockroom.identity.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.identity.StandardMatrix;
import dev.stockroom.identity.UserService;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration page: a new user is a viewer who can sign in and browse the catalog;
 * every refusal (a mismatched confirmation, a weak password, a taken username or address)
 * is shown beside its field, and the passwords are never written back into the page.
 */
@IntegrationTest
class RegistrationPageIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void showsALabelledForm() throws Exception {
		this.mvc.perform(get("/register").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"passwordConfirmation\">")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void aNewUserIsAViewerWhoCanSignInAndSeeTheProducts() throws Exception {
		String username = unique("newcomer");

		register(username, username + "@example.com", PASSWORD, PASSWORD).andExpect(redirectedUrl("/login?registered"));

		assertThat(StandardMatrix.get().allows(this.users.permissionsOf(username), HttpMethod.GET, "/products"))
			.isTrue();
		assertThat(this.users.permissionsOf(username)).contains(PermissionCode.PRODUCT_VIEW.code())
			.doesNotContain(PermissionCode.PRODUCT_ADD.code());
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/products").session(session).with(SignIn.anonymous())).andExpect(status().isOk());
		this.mvc.perform(get("/login?registered").with(SignIn.anonymous()))
			.andExpect(content().string(containsString("Your account is ready")));
	}

	@Test
	void aMismatchedConfirmationIsShownBesideTheConfirmation() throws Exception {
		String username = unique("typo");

		register(username, username + "@example.com", PASSWORD, PASSWORD + "x").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation", "PasswordsMatch"))
			.andExpect(content().string(containsString("id=\"passwordConfirmation-error\"")))
			.andExpect(content().string(containsString("The two passwords do not match")))
			.andExpect(content().string(not(containsString(PASSWORD))));
		assertThat(this.users.findByUsername(username)).isEmpty();
	}

	@Test
	void shortAndCommonPasswordsAreShownBesideThePassword() throws Exception {
		String username = unique("weak");

		register(username, username + "@example.com", "short", "short").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "password"))
			.andExpect(content().string(containsString("Use at least 12 characters")));
		register(username, username + "@example.com", "qwertyuiopasdfgh", "qwertyuiopasdfgh").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "password"))
			.andExpect(content().string(containsString("This password is too common")));
		assertThat(this.users.findByUsername(username)).isEmpty();
	}

	@Test
	void aTakenUsernameOrAddressIsShownBesideItsField() throws Exception {
		String username = unique("taken");
		register(username, username + "@example.com", PASSWORD, PASSWORD).andExpect(redirectedUrl("/login?registered"));

		register(username.toUpperCase(), unique("other") + "@example.com", PASSWORD, PASSWORD)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username"))
			.andExpect(content().string(containsString("is taken")));
		register(unique("other"), username + "@example.com", PASSWORD, PASSWORD).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andExpect(content().string(containsString("An account with this email address already exists")));
	}

	@Test
	void emptyAndMalformedFieldsAreShownBesideThem() throws Exception {
		register("", "not an address", PASSWORD, PASSWORD).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "username", "email"))
			.andExpect(content().string(containsString("Enter a username")))
			.andExpect(content().string(containsString("Enter an email address such as name@example.com")));
	}

	private ResultActions register(String username, String email, String password, String confirmation)
			throws Exception {
		return this.mvc.perform(post("/register").with(SignIn.anonymous())
			.with(csrf())
			.param("username", username)
			.param("email", email)
			.param("fullName", "Page Registrant")
			.param("password", password)
			.param("passwordConfirmation", confirmation));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
