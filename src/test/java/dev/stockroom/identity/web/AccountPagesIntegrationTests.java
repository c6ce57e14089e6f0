package dev.stockroom.identity.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.apitoken.ApiTokenSummary;
import dev.stockroom.identity.apitoken.NewApiToken;
import dev.stockroom.identity.user.AccountProfile;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
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
 * errors beside their fields, and the API tokens page makes a token whose key it shows
 * once, lists tokens without keys and revokes only the user's own.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountPagesIntegrationTests {

	private static final String PASSWORD = "copper willow harbor snow";

	private static final Pattern KEY = Pattern.compile("id=\"new-token-key\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	ApiTokenService tokens;

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
				"+44 (20) 7946-0000", "Stock controller", warehouseId, null, false));
	}

	// A browser sends the box's value only when it is ticked, and Thymeleaf's hidden
	// "_reorderDigest" marker always: unticking it must switch the digest off.
	@Test
	void theReorderDigestIsSwitchedOnAndOffWithItsBox() throws Exception {
		String username = register();
		long userId = this.users.findByUsername(username).orElseThrow().id();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);

		saveProfile(session, "Page Tester", "", "", "").andExpect(redirectedUrl("/account/profile"));
		assertThat(this.users.profile(userId).reorderDigest()).as("off unless asked for").isFalse();

		this.mvc
			.perform(post("/account/profile").session(session)
				.with(SignIn.anonymous())
				.with(csrf())
				.param("fullName", "Page Tester")
				.param("reorderDigest", "true")
				.param("_reorderDigest", "on"))
			.andExpect(redirectedUrl("/account/profile"));
		assertThat(this.users.profile(userId).reorderDigest()).isTrue();
		this.mvc.perform(get("/account/profile").session(session).with(SignIn.anonymous()))
			.andExpect(content().string(containsString("Email me a daily reorder digest")))
			.andExpect(content().string(containsString("checked=\"checked\"")));

		this.mvc
			.perform(post("/account/profile").session(session)
				.with(SignIn.anonymous())
				.with(csrf())
				.param("fullName", "Page Tester")
				.param("_reorderDigest", "on"))
			.andExpect(redirectedUrl("/account/profile"));
		assertThat(this.users.profile(userId).reorderDigest()).isFalse();
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
	void anUnknownWarehouseIdIsShownBesideItAndNothingIsSaved(CapturedOutput output) throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);
		int before = output.length();

		saveProfile(session, "Someone Else", "", "Buyer", "987654321987").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "defaultWarehouseId"))
			.andExpect(content().string(containsString("No warehouse has this id")));

		// An expected refusal, not a failed SQL statement logged as a warning.
		assertThat(output.toString().substring(before).lines())
			.filteredOn((line) -> line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("SQLState"))
			.isEmpty();

		AccountProfile unchanged = this.users.profile(this.users.findByUsername(username).orElseThrow().id());
		assertThat(unchanged.fullName()).isEqualTo("Page Tester");
		assertThat(unchanged.jobTitle()).isNull();
	}

	@Test
	void aNewTokensKeyIsShownOnceAndWorksUntilRevoked() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);

		// Post/redirect/get: reloading the page that shows the key sends nothing again.
		// The browser's GET after the redirect takes the key out of the session.
		MvcResult created = createToken(session, "nightly export", "").andExpect(redirectedUrl("/account/tokens"))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn();
		String page = this.mvc
			.perform(get(created.getResponse().getRedirectedUrl()).session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("Copy the key now")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.tokens.list(username)).hasSize(1);
		Matcher matcher = KEY.matcher(page);
		assertThat(matcher.find()).as("the key is on the page").isTrue();
		String key = matcher.group(1);

		this.mvc.perform(get("/account/tokens").session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("nightly export")))
			.andExpect(content().string(containsString(key.substring(0, 8))))
			.andExpect(content().string(not(containsString(key))));
		this.mvc.perform(get("/api/v1/products").header("Authorization", "Token " + key)).andExpect(status().isOk());

		long id = this.tokens.list(username).get(0).id();
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).session(session).with(SignIn.anonymous()).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));

		this.mvc.perform(get("/api/v1/products").header("Authorization", "Token " + key))
			.andExpect(status().isUnauthorized());
		assertThat(this.tokens.list(username)).isEmpty();
	}

	@Test
	void aBlankDuplicateOrPastTokenIsShownBesideItsField() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);
		createToken(session, "backup", "").andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/account/tokens").session(session).with(SignIn.anonymous()))
			.andExpect(content().string(containsString("new-token-key")));

		createToken(session, "  ", "").andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(not(containsString("new-token-key"))));
		createToken(session, "BACKUP", "").andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("You already have an API token named")));
		createToken(session, "old", LocalDate.now().minusDays(2).toString())
			.andExpect(model().attributeHasFieldErrors("form", "expiresOn"))
			.andExpect(content().string(containsString("id=\"expiresOn-error\"")));

		assertThat(this.tokens.list(username)).extracting(ApiTokenSummary::name).containsExactly("backup");
	}

	@Test
	void anotherUsersTokenIsNotFoundAndKeepsWorking() throws Exception {
		String owner = register();
		NewApiToken token = this.tokens.create(owner, "theirs", Optional.empty());
		MockHttpSession intruder = PageSignIn.as(this.mvc, register(), PASSWORD);

		this.mvc.perform(
				post("/account/tokens/{id}/revoke", token.id()).session(intruder).with(SignIn.anonymous()).with(csrf()))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/api/v1/products").header("Authorization", "Token " + token.key()))
			.andExpect(status().isOk());
		assertThat(this.tokens.list(owner)).hasSize(1);
	}

	@Test
	void formsWithoutCsrfAreRefused() throws Exception {
		String username = register();
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);
		long id = this.tokens.create(username, "kept", Optional.empty()).id();

		this.mvc
			.perform(post("/account/profile").session(session).with(SignIn.anonymous()).param("fullName", "Changed"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/account/tokens").session(session).with(SignIn.anonymous()).param("name", "sneaky"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).session(session).with(SignIn.anonymous()))
			.andExpect(status().isForbidden());

		assertThat(this.tokens.list(username)).extracting(ApiTokenSummary::name).containsExactly("kept");
		assertThat(this.users.findByUsername(username).orElseThrow().fullName()).isEqualTo("Page Tester");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String path : new String[] { "/account/profile", "/account/tokens" }) {
			this.mvc.perform(get(path).with(SignIn.anonymous()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", endsWith("/login")));
		}
	}

	@Test
	void theHeaderLinksToTheAccountPages() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, register(), PASSWORD);

		this.mvc.perform(get("/").session(session).with(SignIn.anonymous()))
			.andExpect(content().string(containsString("href=\"/account/profile\"")))
			.andExpect(content().string(containsString("href=\"/account/tokens\"")));
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

	private ResultActions createToken(MockHttpSession session, String name, String expiresOn) throws Exception {
		return this.mvc.perform(post("/account/tokens").session(session)
			.with(SignIn.anonymous())
			.with(csrf())
			.param("name", name)
			.param("expiresOn", expiresOn));
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
