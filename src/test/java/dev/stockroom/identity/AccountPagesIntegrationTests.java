package dev.stockroom.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account pages: the profile page saves the full name and the profile and shows
 * errors beside their fields.
 */
@IntegrationTest
class AccountPagesIntegrationTests {

	private static final String PASSWORD = "copper willow harbor snow";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProfileIsSavedAndShown() throws Exception {
		String username = register();
		long warehouseId = warehouse();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);

		saveProfile(session, "Ada Lovelace", "+44 (20) 7946-0000", "Stock controller", String.valueOf(warehouseId))
			.andExpect(redirectedUrl("/account/profile"))
			.andExpect(flash().attribute("flash", "Profile saved"));

		this.mvc.perform(get("/account/profile").session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username + "@example.com")))
			.andExpect(content().string(containsString("value=\"Ada Lovelace\"")))
			.andExpect(content().string(containsString("value=\"+44 (20) 7946-0000\"")))
			.andExpect(content().string(containsString("value=\"Stock controller\"")))
			.andExpect(content().string(containsString("value=\"" + warehouseId + "\"")));
		AccountProfile saved = this.users.findByUsername(username)
			.map((account) -> this.users.profile(account.id()))
			.orElseThrow();
		assertThat(saved).isEqualTo(new AccountProfile(username, username + "@example.com", "Ada Lovelace",
				"+44 (20) 7946-0000", "Stock controller", warehouseId));
	}

	@Test
	void anInvalidPhoneIsShownBesideItAndNothingIsSaved() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);

		saveProfile(session, "Someone Else", "call me maybe", "Buyer", "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "phone"))
			.andExpect(content().string(containsString("id=\"phone-error\"")))
			.andExpect(content().string(containsString("may contain digits, spaces and + ( ) . / - only")));

		AccountProfile unchanged = this.users.profile(this.users.findByUsername(username).orElseThrow().id());
		assertThat(unchanged.fullName()).isEqualTo("Page Tester");
		assertThat(unchanged.jobTitle()).isNull();
		assertThat(unchanged.phone()).isNull();
	}

	@Test
	void anUnknownWarehouseIdIsShownBesideItAndNothingIsSaved() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);

		saveProfile(session, "Someone Else", "", "Buyer", "987654321987").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "defaultWarehouseId"))
			.andExpect(content().string(containsString("No warehouse has this id")));

		AccountProfile unchanged = this.users.profile(this.users.findByUsername(username).orElseThrow().id());
		assertThat(unchanged.fullName()).isEqualTo("Page Tester");
		assertThat(unchanged.jobTitle()).isNull();
	}

	@Test
	void formsWithoutCsrfAreRefused() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);

		this.mvc
			.perform(post("/account/profile").session(session).with(SignIn.anonymous()).param("fullName", "Changed"))
			.andExpect(status().isForbidden());

		assertThat(this.users.findByUsername(username).orElseThrow().fullName()).isEqualTo("Page Tester");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String path : new String[] { "/account/profile" }) {
			this.mvc.perform(get(path).with(SignIn.anonymous()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", endsWith("/login")));
		}
	}

	@Test
	void theHeaderLinksToTheAccountPages() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, register(), PASSWORD);

		this.mvc.perform(get("/").session(session).with(SignIn.anonymous()))
			.andExpect(content().string(containsString("href=\"/account/profile\"")));
	}

	private ResultActions saveProfile(MockHttpSession session, String fullName, String phone, String jobTitle,
			String warehouseId) throws Exception {
		return this.mvc.perform(post("/account/profile").session(session)
			.with(SignIn.anonymous())
			.with(csrf())
			.param("fullName", fullName)
			.param("phone", phone)
			.param("jobTitle", jobTitle)
			.param("defaultWarehouseId", warehouseId));
	}

	private long warehouse() {
		return this.jdbc.sql("""
				INSERT INTO warehouses (id, code, name, created_at, updated_at)
				VALUES (nextval('stockroom_id_seq'), :code, 'Account page test', now(), now()) RETURNING id
				""").param("code", "A" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
	}

	private String register() {
		String username = "account-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.register(new RegistrationRequest(username, username + "@example.com", "Page Tester", PASSWORD));
		return username;
	}

}
