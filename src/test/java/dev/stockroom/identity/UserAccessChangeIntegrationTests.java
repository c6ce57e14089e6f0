package dev.stockroom.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.identity.token.InvalidTokenException;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.TokenPair;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page session holds the rights its user has now, not those of the sign-in: a change of
 * rights in the admin site signs the user out of every browser and API client at once,
 * and a session cannot use rights its user has lost, even for the request that would give
 * them back. Real page sessions, signed in through the login form, and the admin site's
 * real user form.
 */
@IntegrationTest
class UserAccessChangeIntegrationTests {

	private static final String PASSWORD = "amber violin harbour mist";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	RefreshTokens refreshTokens;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession admin;

	@BeforeEach
	void signInTheAdmin() throws Exception {
		this.admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
	}

	@Test
	void aDemotedAndDeactivatedAdminsSessionIsRefusedAndCannotGiveItsRightsBack() throws Exception {
		UserAccount user = register("demoted");
		changeAccount(user, true, true, "ADMIN");
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);
		TokenPair apiClient = this.refreshTokens.issue(user.username());
		assertThat(page(get("/admin/users"), session).getStatus()).isEqualTo(200);

		changeAccount(user, false, false, "VIEWER");

		MockHttpServletResponse restore = page(post("/admin/users/" + user.id()).param("email", user.email())
			.param("fullName", "Restored")
			.param("active", "true")
			.param("staff", "true")
			.param("groups", "ADMIN")
			.param("version", Long.toString(version(user)))
			.with(csrf()), session);
		assertRefused(restore);
		assertRefused(page(get("/admin/users"), session));
		assertThat(access(user)).isEqualTo(new Access(false, false, Set.of("VIEWER")));
		assertThat(catchThrowableOfType(InvalidTokenException.class,
				() -> this.refreshTokens.rotate(apiClient.refreshToken())))
			.as("the refresh token no longer refreshes")
			.isNotNull();
	}

	@Test
	void aManagerDemotedToViewerCanNoLongerCreateProducts() throws Exception {
		UserAccount user = register("manager");
		changeAccount(user, true, false, "MANAGER");
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);
		assertThat(page(get("/products/new"), session).getStatus()).isEqualTo(200);

		changeAccount(user, true, false, "VIEWER");

		String sku = "DEMOTED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		assertRefused(page(post("/products/new").param("sku", sku)
			.param("name", "Made by a viewer")
			.param("unit", "EACH")
			.param("cost", "1.00")
			.param("reorderPoint", "0")
			.param("reorderQuantity", "0")
			.param("active", "true")
			.with(csrf()), session));
		assertThat(this.jdbc.sql("SELECT count(*) FROM products WHERE sku = ?").param(sku).query(Long.class).single())
			.isZero();
	}

	// A promotion ends the sessions too: the user signs in again under the new rights.
	@Test
	void everyChangeOfRightsEndsAllTheUsersSessionsButNoOneElses() throws Exception {
		UserAccount user = register("promoted");
		MockHttpSession laptop = PageSignIn.as(this.mvc, user.username(), PASSWORD);
		MockHttpSession phone = PageSignIn.as(this.mvc, user.username(), PASSWORD);
		MockHttpSession someoneElse = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		changeAccount(user, true, false, "CLERK");

		for (MockHttpSession session : List.of(laptop, phone)) {
			assertThat(page(get("/"), session).getRedirectedUrl()).isEqualTo("/login?expired");
		}
		assertThat(page(get("/"), someoneElse).getStatus()).isEqualTo(200);
	}

	@Test
	void deletingAGroupSignsItsMembersOut() throws Exception {
		String group = "Temps " + UUID.randomUUID().toString().substring(0, 8);
		long groupId = this.accounts.saveGroup(null,
				new GroupRequest(group, "Short-lived", Set.of("product.view"), null));
		UserAccount user = register("temp");
		changeAccount(user, true, false, group);
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);
		TokenPair apiClient = this.refreshTokens.issue(user.username());

		this.accounts.deleteGroup(groupId);

		assertThat(page(get("/"), session).getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(catchThrowableOfType(InvalidTokenException.class,
				() -> this.refreshTokens.rotate(apiClient.refreshToken())))
			.isNotNull();
	}

	@Test
	void aChangeOfNameOrEmailSignsNobodyOut() throws Exception {
		UserAccount user = register("renamed");
		TokenPair apiClient = this.refreshTokens.issue(user.username());
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);

		this.accounts.changeAccount(user.id(), new AccountChange("renamed-" + user.email(), "Another Name", true, false,
				Set.of("VIEWER"), version(user)));

		assertThat(page(get("/"), session).getStatus()).isEqualTo(200);
		assertThat(this.refreshTokens.rotate(apiClient.refreshToken()).accessToken()).isNotBlank();
	}

	// Rights that change without a sign-out (a group's permissions, which every member
	// shares) still count from the next request.
	@Test
	void aSessionUsesTheRightsItsUserHasNowNotThoseOfItsSignIn() throws Exception {
		String group = "Buyers " + UUID.randomUUID().toString().substring(0, 8);
		long groupId = this.accounts.saveGroup(null,
				new GroupRequest(group, "Can add products", Set.of("product.view", "product.add"), null));
		UserAccount user = register("buyer");
		changeAccount(user, true, false, group);
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);
		assertThat(page(get("/products/new"), session).getStatus()).isEqualTo(200);

		this.accounts.saveGroup(groupId, new GroupRequest(group, "Reads products", Set.of("product.view"),
				this.jdbc.sql("SELECT version FROM groups WHERE id = ?").param(groupId).query(Long.class).single()));

		assertThat(page(get("/products/new"), session).getStatus()).isEqualTo(403);
		assertThat(page(get("/products"), session).getStatus()).isEqualTo(200);
	}

	// However the account was closed (here behind the application's back), the session
	// is signed out on its next request.
	@Test
	void aSessionWhoseUserIsNoLongerActiveIsSignedOut() throws Exception {
		UserAccount user = register("closed");
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);

		this.jdbc.sql("UPDATE users SET active = false WHERE id = ?").param(user.id()).update();

		assertThat(page(get("/products"), session).getRedirectedUrl()).endsWith("/login");
		assertThat(session.isInvalid()).isTrue();
	}

	private void changeAccount(UserAccount user, boolean active, boolean staff, String group) throws Exception {
		MockHttpServletRequestBuilder form = post("/admin/users/" + user.id()).param("email", user.email())
			.param("fullName", "Access Tester")
			.param("groups", group)
			.param("version", Long.toString(version(user)))
			.with(csrf());
		// Checkboxes: sent when ticked, left out when not.
		if (active) {
			form.param("active", "on");
		}
		if (staff) {
			form.param("staff", "on");
		}
		MockHttpServletResponse response = page(form, this.admin);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		assertThat(access(user)).isEqualTo(new Access(active, staff, Set.of(group)));
	}

	private MockHttpServletResponse page(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return this.mvc.perform(request.session(session).with(SignIn.anonymous())).andReturn().getResponse();
	}

	// Either answer the issue allows: a 403, or back to sign-in.
	private static void assertRefused(MockHttpServletResponse response) {
		if (response.getStatus() != 403) {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).contains("/login");
		}
	}

	private long version(UserAccount user) {
		return this.jdbc.sql("SELECT version FROM users WHERE id = ?").param(user.id()).query(Long.class).single();
	}

	private Access access(UserAccount user) {
		return this.jdbc.sql("SELECT active, staff FROM users WHERE id = ?")
			.param(user.id())
			.query((rs, row) -> new Access(rs.getBoolean("active"), rs.getBoolean("staff"),
					Set.copyOf(this.accounts.groupsOf(user.id()))))
			.single();
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Access Tester", PASSWORD));
	}

	private record Access(boolean active, boolean staff, Set<String> groups) {
	}

}
