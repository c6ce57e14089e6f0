package dev.stockroom.identity.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.cache.AccessChanges.Credentials;
import dev.stockroom.identity.cache.AccessChanges.GroupMember;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SecondInstance;

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

	private AccessChanges changes;

	private ConfigurableApplicationContext instanceB;

	private int portB;

	@BeforeAll
	void startInstanceB() {
		this.changes = new AccessChanges(this.users, this.accounts, this.refreshTokens, this.apiTokens, this.jdbc);
		this.instanceB = SecondInstance.start(this.environment);
		this.portB = SecondInstance.port(this.instanceB);
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
		UserAccount user = this.changes.register("deactivated");
		Credentials credentials = warmOnB(user);

		this.changes.change(user, false, Set.of("VIEWER"));

		assertRefusedOnBWithinASecond(credentials.bearer(), 401);
		assertRefusedOnBWithinASecond(credentials.apiToken(), 401);
	}

	@Test
	void aWithdrawnPermissionOnAIsRefusedOnBWithinASecond() throws Exception {
		GroupMember member = this.changes.memberOfANewGroup();
		Credentials credentials = warmOnB(member.user());

		this.changes.withdrawCategoryView(member);

		assertRefusedOnBWithinASecond(credentials.bearer(), 403);
		assertRefusedOnBWithinASecond(credentials.apiToken(), 403);
	}

	@Test
	void aTokenRevokedOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = this.changes.register("revoked");
		Credentials credentials = warmOnB(user);

		this.apiTokens.revoke(user.username(), credentials.apiTokenId());

		assertRefusedOnBWithinASecond(credentials.apiToken(), 401);
	}

	@Test
	void aLogoutOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = this.changes.register("logout");
		Credentials credentials = warmOnB(user);

		this.refreshTokens.revoke(credentials.pair().refreshToken());

		assertRefusedOnBWithinASecond(credentials.bearer(), 401);
	}

	@Test
	void aPasswordChangedOnAIsRefusedOnBWithinASecond() throws Exception {
		UserAccount user = this.changes.register("password");
		Credentials credentials = warmOnB(user);

		this.users.changePassword(user.id(), AccessChanges.PASSWORD, AccessChanges.NEW_PASSWORD);

		assertRefusedOnBWithinASecond(credentials.bearer(), 401);
	}

	private Credentials warmOnB(UserAccount user) throws Exception {
		Credentials credentials = this.changes.credentials(user);
		// Twice each: the second answer comes from B's memory.
		for (int i = 0; i < 2; i++) {
			assertThat(statusOnB(credentials.bearer())).isEqualTo(200);
			assertThat(statusOnB(credentials.apiToken())).isEqualTo(200);
		}
		return credentials;
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

}
