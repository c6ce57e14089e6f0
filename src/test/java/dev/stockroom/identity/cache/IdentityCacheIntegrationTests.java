package dev.stockroom.identity.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.apitoken.NewApiToken;
import dev.stockroom.identity.cache.AccessChanges.Credentials;
import dev.stockroom.identity.cache.AccessChanges.GroupMember;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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

	private AccessChanges changes;

	@BeforeEach
	void changes() {
		this.changes = new AccessChanges(this.users, this.accounts, this.refreshTokens, this.apiTokens, this.jdbc);
	}

	@Test
	void aWarmRequestWithAJwtRunsNoIdentitySql() throws Exception {
		UserAccount user = this.changes.register("jwt");
		String bearer = "Bearer " + this.refreshTokens.issue(user.username()).accessToken();

		assertIdentitySqlOnlyWhenCold(api(bearer));
	}

	@Test
	void aWarmRequestWithAnApiTokenRunsNoIdentitySql() throws Exception {
		UserAccount user = this.changes.register("apitoken");
		String key = this.apiTokens.create(user.username(), "Counted", Optional.empty()).key();

		assertIdentitySqlOnlyWhenCold(api("Token " + key));
	}

	@Test
	void aWarmPageRequestRunsNoIdentitySql() throws Exception {
		UserAccount user = this.changes.register("page");
		MockHttpSession session = PageSignIn.as(this.mvc, user.username(), AccessChanges.PASSWORD);

		assertIdentitySqlOnlyWhenCold(get("/categories?size=5").session(session).with(SignIn.anonymous()));
	}

	@Test
	void anApiTokensUseIsRecordedOffTheRequestsThread() throws Exception {
		UserAccount user = this.changes.register("lastused");
		NewApiToken token = this.apiTokens.create(user.username(), "Used", Optional.empty());

		List<String> request = measure(api("Token " + token.key()));

		assertThat(request).noneMatch((sql) -> sql.toLowerCase(Locale.ROOT).contains("update api_tokens"));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.jdbc.sql("SELECT last_used_at FROM api_tokens WHERE id = ?")
				.param(token.id())
				.query(Instant.class)
				.optional()
				.isPresent());
	}

	@Test
	void aDeactivatedUserIsRefusedAtOnce() throws Exception {
		UserAccount user = this.changes.register("deactivated");
		Credentials credentials = warm(user);

		this.changes.change(user, false, Set.of("VIEWER"));

		assertRefused(credentials, 401);
	}

	@Test
	void aPermissionWithdrawnFromAGroupIsRefusedAtOnce() throws Exception {
		GroupMember member = this.changes.memberOfANewGroup();
		Credentials credentials = warm(member.user());

		this.changes.withdrawCategoryView(member);

		assertRefused(credentials, 403);
	}

	@Test
	void aRevokedApiTokenIsRefusedAtOnce() throws Exception {
		UserAccount user = this.changes.register("revoked");
		Credentials credentials = warm(user);

		this.apiTokens.revoke(user.username(), credentials.apiTokenId());

		assertStatus(api(credentials.apiToken()), 401);
		assertStatus(api(credentials.bearer()), 200);
	}

	@Test
	void aRevokedApiTokenIsRefusedAtOnceWhenAnAdministratorRevokesIt() throws Exception {
		UserAccount user = this.changes.register("adminrevoked");
		Credentials credentials = warm(user);

		this.accounts.revokeTokens(List.of(credentials.apiTokenId()));

		assertStatus(api(credentials.apiToken()), 401);
	}

	@Test
	void aLoggedOutFamilysAccessTokenIsRefusedAtOnce() throws Exception {
		UserAccount user = this.changes.register("logout");
		Credentials credentials = warm(user);

		this.refreshTokens.revoke(credentials.pair().refreshToken());

		assertStatus(api(credentials.bearer()), 401);
		assertStatus(api(credentials.apiToken()), 200);
	}

	@Test
	void aChangedPasswordSignsTheApiClientsOutAtOnce() throws Exception {
		UserAccount user = this.changes.register("password");
		Credentials credentials = warm(user);

		this.users.changePassword(user.id(), AccessChanges.PASSWORD, AccessChanges.NEW_PASSWORD);

		assertStatus(api(credentials.bearer()), 401);
	}

	@Test
	void aPasswordSetByAnOperatorRevokesTheApiTokensAtOnce() throws Exception {
		UserAccount user = this.changes.register("reset");
		Credentials credentials = warm(user);

		this.users.setPassword(user.username(), AccessChanges.NEW_PASSWORD);

		assertRefused(credentials, 401);
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

	// Each credential used once, so that the cache holds the user and the token.
	private Credentials warm(UserAccount user) throws Exception {
		Credentials credentials = this.changes.credentials(user);
		assertStatus(api(credentials.bearer()), 200);
		assertStatus(api(credentials.apiToken()), 200);
		return credentials;
	}

	private void assertRefused(Credentials credentials, int status) throws Exception {
		assertStatus(api(credentials.bearer()), status);
		assertStatus(api(credentials.apiToken()), status);
	}

	private static MockHttpServletRequestBuilder api(String authorization) {
		return get(LIST).header(HttpHeaders.AUTHORIZATION, authorization);
	}

	private void assertStatus(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
	}

}
