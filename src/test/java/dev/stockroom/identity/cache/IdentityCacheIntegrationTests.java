package dev.stockroom.identity.cache;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.TokenPair;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A warm request signs in from the instance's memory ({@link IdentityCache}): with a JWT,
 * a personal API token or a page session it runs no SQL about who it is, only the
 * statements of the data it reads. And every change that matters, made through the
 * application, is refused from the very next request on this instance: deactivation, a
 * withdrawn permission, a revoked API token, a logged-out token family, a new password.
 */
@IntegrationTest
@Import(StatementCounting.class)
class IdentityCacheIntegrationTests {

	private static final String PASSWORD = "quartz meadow lantern tide";

	private static final String LIST = "/api/v1/categories?size=5";

	// The tables that say who a request is and what it may do.
	private static final Pattern IDENTITY_SQL = Pattern.compile(
			"\\b(users|groups|user_groups|permissions|group_permissions|user_permissions|api_tokens|refresh_tokens)\\b",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	UserService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	RefreshTokens refreshTokens;

	@Autowired
	ApiTokenService apiTokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWarmRequestWithAJwtRunsNoIdentitySql() throws Exception {
		UserAccount user = register("jwt");
		String bearer = "Bearer " + this.refreshTokens.issue(user.username()).accessToken();

		assertIdentitySqlOnlyWhenCold(api(bearer));
	}

	@Test
	void aWarmRequestWithAnApiTokenRunsNoIdentitySql() throws Exception {
		UserAccount user = register("apitoken");
		String key = this.apiTokens.create(user.username(), "Counted", Optional.empty()).key();

		assertIdentitySqlOnlyWhenCold(api("Token " + key));
	}

	@Test
	void aWarmPageRequestRunsNoIdentitySql() throws Exception {
		UserAccount user = register("page");
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), PASSWORD);

		assertIdentitySqlOnlyWhenCold(get("/categories?size=5").session(session).with(SignIn.anonymous()));
	}

	@Test
	void aDeactivatedUserIsRefusedAtOnce() throws Exception {
		UserAccount user = register("deactivated");
		Credentials credentials = warm(user);

		change(user, false, Set.of("VIEWER"));

		credentials.assertRefused(401);
	}

	@Test
	void aPermissionWithdrawnFromAGroupIsRefusedAtOnce() throws Exception {
		String group = "Cached " + UUID.randomUUID().toString().substring(0, 8);
		long groupId = this.accounts.saveGroup(null,
				new GroupRequest(group, "Reads categories", Set.of("category.view"), null));
		UserAccount user = register("withdrawn");
		change(user, true, Set.of(group));
		Credentials credentials = warm(user);

		this.accounts.saveGroup(groupId, new GroupRequest(group, "Reads products", Set.of("product.view"),
				this.jdbc.sql("SELECT version FROM groups WHERE id = ?").param(groupId).query(Long.class).single()));

		credentials.assertRefused(403);
	}

	@Test
	void aRevokedApiTokenIsRefusedAtOnce() throws Exception {
		UserAccount user = register("revoked");
		Credentials credentials = warm(user);

		this.apiTokens.revoke(user.username(), credentials.apiTokenId());

		assertStatus(api("Token " + credentials.apiKey()), 401);
		assertStatus(api(credentials.bearer()), 200);
	}

	@Test
	void aRevokedApiTokenIsRefusedAtOnceWhenAnAdministratorRevokesIt() throws Exception {
		UserAccount user = register("adminrevoked");
		Credentials credentials = warm(user);

		this.accounts.revokeTokens(List.of(credentials.apiTokenId()));

		assertStatus(api("Token " + credentials.apiKey()), 401);
	}

	@Test
	void aLoggedOutFamilysAccessTokenIsRefusedAtOnce() throws Exception {
		UserAccount user = register("logout");
		Credentials credentials = warm(user);

		this.refreshTokens.revoke(credentials.pair().refreshToken());

		assertStatus(api(credentials.bearer()), 401);
		assertStatus(api("Token " + credentials.apiKey()), 200);
	}

	@Test
	void aChangedPasswordSignsTheApiClientsOutAtOnce() throws Exception {
		UserAccount user = register("password");
		Credentials credentials = warm(user);

		this.users.changePassword(user.id(), PASSWORD, "velvet compass orchard rain");

		assertStatus(api(credentials.bearer()), 401);
	}

	@Test
	void aPasswordSetByAnOperatorRevokesTheApiTokensAtOnce() throws Exception {
		UserAccount user = register("reset");
		Credentials credentials = warm(user);

		this.users.setPassword(user.username(), "velvet compass orchard rain");

		credentials.assertRefused(401);
	}

	private void assertIdentitySqlOnlyWhenCold(MockHttpServletRequestBuilder request) throws Exception {
		List<String> cold = measure(request);
		assertThat(cold).as("a cold request reads who it is").anyMatch((sql) -> IDENTITY_SQL.matcher(sql).find());

		List<String> warm = measure(request);
		assertThat(warm).as("a warm request's statements").noneMatch((sql) -> IDENTITY_SQL.matcher(sql).find());
		assertThat(measure(request)).as("another warm request's statements").hasSameSizeAs(warm);
	}

	// The request's own statements: MockMvc runs it on the test's thread.
	private List<String> measure(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		assertStatus(request, 200);
		return this.statements.statementsOn(Thread.currentThread());
	}

	private Credentials warm(UserAccount user) throws Exception {
		TokenPair pair = this.refreshTokens.issue(user.username());
		var token = this.apiTokens.create(user.username(), "Warm", Optional.empty());
		Credentials credentials = new Credentials(pair, token.key(), token.id());
		assertStatus(api(credentials.bearer()), 200);
		assertStatus(api("Token " + credentials.apiKey()), 200);
		return credentials;
	}

	private void change(UserAccount user, boolean active, Set<String> groups) {
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
		this.accounts.changeAccount(user.id(),
				new AccountChange(user.email(), "Cached User", active, false, groups, version));
	}

	private MockHttpServletRequestBuilder api(String authorization) {
		return get(LIST).header(HttpHeaders.AUTHORIZATION, authorization);
	}

	private void assertStatus(MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

	private final class Credentials {

		private final TokenPair pair;

		private final String apiKey;

		private final long apiTokenId;

		Credentials(TokenPair pair, String apiKey, long apiTokenId) {
			this.pair = pair;
			this.apiKey = apiKey;
			this.apiTokenId = apiTokenId;
		}

		TokenPair pair() {
			return this.pair;
		}

		String bearer() {
			return "Bearer " + this.pair.accessToken();
		}

		String apiKey() {
			return this.apiKey;
		}

		long apiTokenId() {
			return this.apiTokenId;
		}

		void assertRefused(int status) throws Exception {
			assertStatus(api(bearer()), status);
			assertStatus(api("Token " + this.apiKey), status);
		}

	}

}
