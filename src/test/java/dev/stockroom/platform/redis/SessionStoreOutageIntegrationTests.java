package dev.stockroom.platform.redis;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.TcpProxy;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page sessions in Redis, and Redis lost in the middle of a signed-in browser's visit: a
 * TCP proxy of this test's own stands between the application and the shared Redis, and
 * is cut (the server itself is never touched). The pages still answer, the browser signed
 * out at worst, never with a 500; once Redis is back, signing in works again.
 */
@IntegrationTest
@DirtiesContext
// Redis is given longer than in production: on a busy test machine the first connection
// at start-up (Spring Session configures keyspace events) can take more than 500 ms.
@TestPropertySource(properties = { "stockroom.redis.sessions=true", "spring.data.redis.connect-timeout=5s",
		"spring.data.redis.timeout=2s" })
class SessionStoreOutageIntegrationTests {

	private static final String REDIS_URL = TestServices.redisUrl();

	private static final TcpProxy REDIS = TcpProxy.to(URI.create(REDIS_URL).getHost(), URI.create(REDIS_URL).getPort());

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("stockroom.redis.url", () -> REDIS.through(REDIS_URL));
		registry.add("spring.data.redis.url", () -> REDIS.through(REDIS_URL));
	}

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void pagesAnswerThroughARedisOutageAndSigningInWorksWhenItIsBack() throws Exception {
		signIn();
		assertThat(get("/stock/movements").statusCode()).as("signed in").isEqualTo(200);

		REDIS.cut();
		try {
			for (String path : new String[] { "/", "/stock/movements", "/products", "/login" }) {
				long started = System.nanoTime();
				HttpResponse<String> answer = getFollowingRedirects(path);
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				assertThat(answer.statusCode()).as("%s with Redis gone", path).isEqualTo(200);
				// Each use of Redis (sessions, rate limit, cache) waits out its timeout
				// once per outage, then its breaker skips Redis.
				assertThat(took).as("%s with Redis gone", path).isLessThan(Duration.ofSeconds(10));
			}
		}
		finally {
			REDIS.restore();
		}

		// The breaker asks Redis again once its backoff (5 s) has passed.
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> signedIn;
		do {
			Thread.sleep(500);
			signIn();
			signedIn = get("/stock/movements");
		}
		while (signedIn.statusCode() != 200 && System.nanoTime() < deadline);
		assertThat(signedIn.statusCode()).as("a protected page once Redis is back").isEqualTo(200);
	}

	// Ending the user's sessions needs the session store; the change of rights must not.
	@Test
	void aChangeOfRightsCommitsWhileTheSessionStoreIsGone() {
		String username = "outage-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.register(
				new RegistrationRequest(username, username + "@example.com", "Outage", "a long and uncommon password"));
		UserAccount user = this.users.findByUsername(username).orElseThrow();
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(user.id())
			.query(Long.class)
			.single();

		REDIS.cut();
		try {
			this.accounts.changeAccount(user.id(),
					new AccountChange(user.email(), user.fullName(), true, false, Set.of("CLERK"), version));
		}
		finally {
			REDIS.restore();
		}

		assertThat(this.accounts.groupsOf(user.id())).containsExactly("CLERK");
	}

	private void signIn() throws Exception {
		Matcher token = CSRF.matcher(get("/login").body());
		assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
		String form = "username=viewer&password=" + URLEncoder.encode(PageSignIn.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	// A redirect (to the sign-in page, say) is followed, as a browser would.
	private HttpResponse<String> getFollowingRedirects(String path) throws Exception {
		HttpResponse<String> answer = get(path);
		for (int hops = 0; hops < 5 && answer.statusCode() / 100 == 3; hops++) {
			answer = this.browser
				.send(HttpRequest.newBuilder(uri(path).resolve(answer.headers().firstValue("Location").orElseThrow()))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		return answer;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
