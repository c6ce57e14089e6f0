package dev.stockroom.identity.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.test.context.TestPropertySource;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Redis configured, page sessions live in Redis (Spring Session), so that every
 * instance behind the load balancer knows every signed-in browser, and the session
 * registry is Spring Session's: a password change still signs the user's other browsers
 * out, and a change of rights all of them. Real HTTP with real cookies: Spring Session
 * reads the session from the cookie. (deploy/scale-test.sh shows a session made on one
 * instance working on another.)
 */
@IntegrationTest
@TestPropertySource(properties = "stockroom.redis.sessions=true")
class SharedSessionsIntegrationTests {

	private static final String OLD_PASSWORD = "amber violin harbour mist";

	private static final String NEW_PASSWORD = "cobalt pepper glacier tide";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	SessionRegistry registry;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sessionsAreKeptInRedisUnderTheRunsKeyPrefix() throws Exception {
		Browser browser = new Browser();
		browser.signIn(register(), OLD_PASSWORD);

		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(this.redis.keys(TestServices.redisKeyPrefix() + "sessions:sessions:*")).isNotEmpty();
		assertThat(this.registry).isInstanceOf(SpringSessionBackedSessionRegistry.class);
	}

	@Test
	void aPasswordChangeSignsTheUsersOtherBrowsersOut() throws Exception {
		String username = register();
		Browser laptop = new Browser();
		Browser phone = new Browser();
		Browser someoneElse = new Browser();
		laptop.signIn(username, OLD_PASSWORD);
		phone.signIn(username, OLD_PASSWORD);
		someoneElse.signIn(register(), OLD_PASSWORD);

		HttpResponse<String> changed = laptop.post("/account/password", Map.of("currentPassword", OLD_PASSWORD,
				"newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD));

		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		assertThat(phone.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?expired"));
		assertThat(laptop.get("/").statusCode()).isEqualTo(200);
		assertThat(someoneElse.get("/").statusCode()).isEqualTo(200);
	}

	// A promotion keeps the user active, so only the shared registry can end the
	// sessions: each browser's next request finds its session expired.
	@Test
	void aChangeOfRightsSignsAllTheUsersBrowsersOut() throws Exception {
		String username = register();
		Browser laptop = new Browser();
		Browser phone = new Browser();
		Browser someoneElse = new Browser();
		laptop.signIn(username, OLD_PASSWORD);
		phone.signIn(username, OLD_PASSWORD);
		someoneElse.signIn(register(), OLD_PASSWORD);
		UserAccount user = this.users.findByUsername(username).orElseThrow();
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(user.id())
			.query(Long.class)
			.single();

		this.accounts.changeAccount(user.id(),
				new AccountChange(user.email(), user.fullName(), true, false, Set.of("CLERK"), version));

		for (Browser browser : List.of(laptop, phone)) {
			assertThat(browser.get("/").headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?expired"));
		}
		assertThat(someoneElse.get("/").statusCode()).isEqualTo(200);
	}

	private String register() {
		String username = "shared-" + UUID.randomUUID().toString().substring(0, 8);
		this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Shared Session", OLD_PASSWORD));
		return username;
	}

	/** One browser: its own cookies, no redirects followed. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		void signIn(String username, String password) throws Exception {
			HttpResponse<String> response = post("/login", "/login",
					Map.of("username", username, "password", password));
			assertThat(response.statusCode()).as("sign-in of %s", username).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			return post(path, path, fields);
		}

		// The form's page first, for its CSRF token, as a browser would.
		private HttpResponse<String> post(String formPage, String path, Map<String, String> fields) throws Exception {
			Matcher token = CSRF.matcher(get(formPage).body());
			assertThat(token.find()).as("CSRF token on %s", formPage).isTrue();
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", token.group(1));
			String body = form.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + SharedSessionsIntegrationTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
