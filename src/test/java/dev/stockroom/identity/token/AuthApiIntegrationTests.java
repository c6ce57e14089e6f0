package dev.stockroom.identity.token;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.jayway.jsonpath.JsonPath;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's sign-in, end to end through Spring Security: the token endpoints, bearer
 * tokens and personal API tokens, and every forgery the issue lists, each answered 401
 * with a problem body.
 */
@IntegrationTest
class AuthApiIntegrationTests {

	private static final String PASSWORD = "a long enough passphrase 42";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JwtProperties jwtProperties;

	@Autowired
	RefreshTokens refreshTokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountAdministration accounts;

	@Test
	void theTokenEndpointAnswersOAuthsSnakeCaseAndTheAccessTokenSignsRequestsIn() throws Exception {
		String body = tokenFor("viewer", "stockroom-demo").andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(900))
			.andExpect(jsonPath("$.refresh_token").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();

		this.mvc.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + access(body)))
			.andExpect(status().isOk());
	}

	@Test
	void wrongCredentialsAre401WithAProblemAndAChallenge() throws Exception {
		tokenFor("viewer", "not the password").andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://stockroom.dev/problems/unauthenticated"))
			.andExpect(jsonPath("$.detail").value("Invalid username or password"));
		tokenFor("nobody-" + unique(), "not the password").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Invalid username or password"));
	}

	@Test
	void tenFailuresThrottleOneUsernameWith429AndRetryAfterButNotOthers() throws Exception {
		String username = register();
		for (int i = 0; i < 10; i++) {
			tokenFor(username, "wrong password " + i).andExpect(status().isUnauthorized());
		}

		tokenFor(username, PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(jsonPath("$.type").value("https://stockroom.dev/problems/rate-limited"));
		tokenFor(register(), PASSWORD).andExpect(status().isOk());
	}

	@Test
	void aMissingOrMalformedBodyIs400() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").with(SignIn.anonymous())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"viewer\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void refreshRotatesAndReusingTheOldRefreshTokenRevokesTheFamily() throws Exception {
		String first = tokenFor(register(), PASSWORD).andReturn().getResponse().getContentAsString();
		String second = refresh(refreshToken(first)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertSignedIn(access(second), 200);

		refresh(refreshToken(first)).andExpect(status().isUnauthorized());

		assertSignedIn(access(second), 401);
		refresh(refreshToken(second)).andExpect(status().isUnauthorized());
	}

	@Test
	void logoutRevokesTheFamilysAccessAndRefreshTokens() throws Exception {
		String pair = tokenFor(register(), PASSWORD).andReturn().getResponse().getContentAsString();

		this.mvc
			.perform(post("/api/v1/auth/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + access(pair))
				.contentType(MediaType.APPLICATION_JSON)
				.content(refreshBody(refreshToken(pair))))
			.andExpect(status().isNoContent());

		assertSignedIn(access(pair), 401);
		refresh(refreshToken(pair)).andExpect(status().isUnauthorized());
	}

	@Test
	void nobodyCanLogAnotherUserOut() throws Exception {
		String victim = tokenFor(register(), PASSWORD).andReturn().getResponse().getContentAsString();

		this.mvc
			.perform(post("/api/v1/auth/logout").with(SignIn.as("viewer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(refreshBody(refreshToken(victim))))
			.andExpect(status().isForbidden());

		assertSignedIn(access(victim), 200);
	}

	@Test
	void forgedAndMisusedTokensAre401() throws Exception {
		SecretKey ourKey = this.jwtProperties.signingKey();
		String refreshToken = this.refreshTokens.issue("viewer").refreshToken();
		String valid = claims("viewer").signWith(ourKey, Jwts.SIG.HS256).compact();
		assertSignedIn(valid, 200);

		String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + valid.split("\\.")[1] + ".";
		String foreignKey = claims("viewer")
			.signWith(new SecretKeySpec("somebody else's key of thirty-two bytes".getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"), Jwts.SIG.HS256)
			.compact();
		String wrongAudience = claims("viewer", "someone-else").signWith(ourKey, Jwts.SIG.HS256).compact();
		String expired = claims("viewer").issuedAt(Date.from(Instant.now().minusSeconds(3600)))
			.expiration(Date.from(Instant.now().minusSeconds(600)))
			.signWith(ourKey, Jwts.SIG.HS256)
			.compact();

		for (String forged : new String[] { unsigned, foreignKey, wrongAudience, expired, refreshToken, "not.a.jwt" }) {
			this.mvc.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
				.andExpect(jsonPath("$.type").value("https://stockroom.dev/problems/unauthenticated"))
				.andExpect(content().string(not(containsString("signature"))));
		}
	}

	@Test
	void aDeactivatedUsersValidTokenStopsWorkingAtOnce() throws Exception {
		String username = register();
		String pair = tokenFor(username, PASSWORD).andReturn().getResponse().getContentAsString();
		assertSignedIn(access(pair), 200);

		// Through the application, as the admin site deactivates a user: a change made
		// behind its back (SQL) reaches a warm instance when its cached user expires.
		UserAccount account = this.users.findByUsername(username).orElseThrow();
		long version = this.jdbc.sql("SELECT version FROM users WHERE username = ?")
			.param(username)
			.query(Long.class)
			.single();
		this.accounts.changeAccount(account.id(),
				new AccountChange(account.email(), "Auth Test", false, false, Set.of("VIEWER"), version));

		assertSignedIn(access(pair), 401);
	}

	@Test
	void personalApiTokensAreShownOnceListedByPrefixAndRevocable() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/account/tokens").with(SignIn.as("viewer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"script " + unique() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.key").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = JsonPath.read(created, "$.key");
		int id = JsonPath.read(created, "$.id");

		this.mvc.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Token " + key))
			.andExpect(status().isOk());
		// A viewer's token carries a viewer's permissions, no more.
		this.mvc
			.perform(post("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Token " + key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"T-" + unique() + "\", \"name\": \"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/account/tokens").with(SignIn.as("viewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(key))))
			.andExpect(content().string(containsString(key.substring(0, 8))));

		this.mvc.perform(delete("/api/v1/account/tokens/" + id).with(SignIn.as("viewer")))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Token " + key))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Token srk_unknown"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void oneUserCannotRevokeAnothersApiToken() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/account/tokens").with(SignIn.as("clerk"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"clerk " + unique() + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");

		this.mvc.perform(delete("/api/v1/account/tokens/" + id).with(SignIn.as("viewer")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION,
					"Token " + JsonPath.read(created, "$.key")))
			.andExpect(status().isOk());
	}

	private void assertSignedIn(String accessToken, int expectedStatus) throws Exception {
		this.mvc.perform(get("/api/v1/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken))
			.andExpect(status().is(expectedStatus));
	}

	private ResultActions tokenFor(String username, String password) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").with(SignIn.anonymous())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)));
	}

	private ResultActions refresh(String refreshToken) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/refresh").with(SignIn.anonymous())
			.contentType(MediaType.APPLICATION_JSON)
			.content(refreshBody(refreshToken)));
	}

	private static String refreshBody(String refreshToken) {
		return "{\"refresh_token\": \"" + refreshToken + "\"}";
	}

	private static String access(String tokenResponse) {
		return JsonPath.read(tokenResponse, "$.access_token");
	}

	private static String refreshToken(String tokenResponse) {
		return JsonPath.read(tokenResponse, "$.refresh_token");
	}

	private String register() {
		String username = "auth-" + unique();
		this.users.register(new RegistrationRequest(username, username + "@example.com", "Auth Test", PASSWORD));
		return username;
	}

	// A token as ours look, from the issuer and for the audience the application expects.
	private JwtBuilder claims(String username) {
		return claims(username, this.jwtProperties.audience());
	}

	private JwtBuilder claims(String username, String audience) {
		Instant now = Instant.now();
		return Jwts.builder()
			.issuer(this.jwtProperties.issuer())
			.audience()
			.add(audience)
			.and()
			.subject(username)
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(600)))
			.id(UUID.randomUUID().toString())
			.claim(JwtService.TYPE_CLAIM, TokenType.ACCESS.claim())
			.claim(JwtService.FAMILY_CLAIM, UUID.randomUUID().toString());
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
	}

}
