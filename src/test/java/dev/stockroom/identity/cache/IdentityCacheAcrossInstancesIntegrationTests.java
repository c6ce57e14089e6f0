package dev.stockroom.identity.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.StockroomApplication;
import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.apitoken.NewApiToken;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.TokenPair;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL and one Redis: a change made through instance A (this
 * test's application) is refused by instance B (a second application started here), whose
 * cache held the user warm, within a second, because the eviction reaches B over Redis
 * pub/sub; the cache's 30 s would otherwise keep B answering.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityCacheAcrossInstancesIntegrationTests {

	private static final String PASSWORD = "cobalt ferry whistle dune";

	private static final Duration WITHIN = Duration.ofSeconds(1);

	@Autowired
	Environment environment;

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

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext instanceB;

	private int portB;

	@BeforeAll
	void startInstanceB() {
		this.instanceB = new SpringApplicationBuilder(StockroomApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + property("spring.datasource.url"), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.datasource.hikari.minimum-idle=1",
				"--stockroom.redis.url=" + property("stockroom.redis.url"),
				"--spring.data.redis.url=" + property("spring.data.redis.url"),
				"--stockroom.redis.key-prefix=" + property("stockroom.redis.key-prefix"),
				"--stockroom.redis.sessions=false", "--stockroom.rate-limit.api.capacity=1000000",
				"--spring.jmx.enabled=false");
		this.portB = Integer.parseInt(this.instanceB.getEnvironment().getProperty("local.server.port"));
		assertThat(this.portB).isNotEqualTo(this.port);
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@Test
	void aDeactivationOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = register("deactivated");
		Clients clients = warmOnB(user);

		change(user, false, Set.of("VIEWER"));

		assertRefusedOnBWithinASecond(clients.bearer(), 401);
		assertRefusedOnBWithinASecond(clients.apiToken(), 401);
	}

	@Test
	void aWithdrawnPermissionOnAIsRefusedOnBWithinASecond() throws Exception {
		String group = "Across " + UUID.randomUUID().toString().substring(0, 8);
		long groupId = this.accounts.saveGroup(null,
				new GroupRequest(group, "Reads categories", Set.of("category.view"), null));
		UserAccount user = register("withdrawn");
		change(user, true, Set.of(group));
		Clients clients = warmOnB(user);

		this.accounts.saveGroup(groupId, new GroupRequest(group, "Reads products", Set.of("product.view"),
				this.jdbc.sql("SELECT version FROM groups WHERE id = ?").param(groupId).query(Long.class).single()));

		assertRefusedOnBWithinASecond(clients.bearer(), 403);
		assertRefusedOnBWithinASecond(clients.apiToken(), 403);
	}

	@Test
	void aTokenRevokedOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = register("revoked");
		Clients clients = warmOnB(user);

		this.apiTokens.revoke(user.username(), clients.apiTokenId());

		assertRefusedOnBWithinASecond(clients.apiToken(), 401);
	}

	@Test
	void aLogoutOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = register("logout");
		Clients clients = warmOnB(user);

		this.refreshTokens.revoke(clients.pair().refreshToken());

		assertRefusedOnBWithinASecond(clients.bearer(), 401);
	}

	@Test
	void aPasswordChangedOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = register("password");
		Clients clients = warmOnB(user);

		this.users.changePassword(user.id(), PASSWORD, "saffron glacier pencil moth");

		assertRefusedOnBWithinASecond(clients.bearer(), 401);
	}

	private Clients warmOnB(UserAccount user) throws Exception {
		TokenPair pair = this.refreshTokens.issue(user.username());
		NewApiToken token = this.apiTokens.create(user.username(), "Across", Optional.empty());
		Clients clients = new Clients(pair, token.key(), token.id());
		// Twice each: the second answer comes from B's memory.
		for (int i = 0; i < 2; i++) {
			assertThat(statusOnB(clients.bearer())).isEqualTo(200);
			assertThat(statusOnB(clients.apiToken())).isEqualTo(200);
		}
		return clients;
	}

	private void assertRefusedOnBWithinASecond(String authorization, int status) {
		await().atMost(WITHIN).pollInterval(Duration.ofMillis(20)).until(() -> statusOnB(authorization) == status);
	}

	private int statusOnB(String authorization) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.portB + "/api/v1/categories?size=1"))
				.header("Authorization", authorization)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private void change(UserAccount user, boolean active, Set<String> groups) {
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
		this.accounts.changeAccount(user.id(),
				new AccountChange(user.email(), "Across Instances", active, false, groups, version));
	}

	private String property(String name) {
		return this.environment.getRequiredProperty(name);
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

	private record Clients(TokenPair pair, String apiKey, long apiTokenId) {

		String bearer() {
			return "Bearer " + this.pair.accessToken();
		}

		String apiToken() {
			return "Token " + this.apiKey;
		}

	}

}
