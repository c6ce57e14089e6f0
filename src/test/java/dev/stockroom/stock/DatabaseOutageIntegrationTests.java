package dev.stockroom.stock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TcpProxy;
import dev.stockroom.support.TestServices;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * PostgreSQL lost while movements are being posted, as when it restarts: a TCP proxy of
 * this test's own stands between the application and the shared server, and is cut and
 * then restored (the server itself is never touched). Every POST answers 201 or 503 with
 * {@code Retry-After}, never a 500, and a 503 comes within the pool's 5 s connection
 * timeout, and a page meanwhile is the error page's 503; retried with its
 * {@code Idempotency-Key} once the database is back, each movement is recorded exactly
 * once, and on-hand equals the ledger.
 */
@IntegrationTest
@DirtiesContext
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=4")
class DatabaseOutageIntegrationTests {

	private static final String DATABASE = TestServices.newDatabase();

	private static final TcpProxy POSTGRES = TcpProxy.toJdbcUrl(DATABASE);

	private static final int WRITERS = 6;

	private static final int MOVEMENTS_PER_WRITER = 8;

	private static final Duration OUTAGE = Duration.ofSeconds(8);

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.through(DATABASE));
	}

	@Autowired
	TestTokens tokens;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void movementsAnswer503WhileTheDatabaseIsGoneAndTheirRetriesApplyEachExactlyOnce() throws Exception {
		StockFixtures stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		long product = stock.product();
		long warehouse = stock.warehouse();
		String receiveOne = stock.movement(MovementType.RECEIPT, product, warehouse, null, 1, null);
		String authorization = this.tokens.bearer(SignIn.DEFAULT_USER);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger recorded = new AtomicInteger();

		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				writers.add(pool.submit(() -> {
					for (int m = 0; m < MOVEMENTS_PER_WRITER; m++) {
						postUntilRecorded(receiveOne, authorization, UUID.randomUUID().toString(), attempts);
						recorded.incrementAndGet();
					}
					return null;
				}));
			}
			// Cut while the writers are busy, keep the database away for a while, then
			// give it back.
			while (recorded.get() < WRITERS && !allDone(writers)) {
				Thread.sleep(20);
			}
			POSTGRES.cut();
			long cut = System.nanoTime();
			// A page meanwhile: the error page's status, with Retry-After.
			MockHttpServletResponse page = this.mvc
				.perform(get("/stock/movements").session(viewer).with(SignIn.anonymous()))
				.andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(503);
			assertThat(page.getHeader("Retry-After")).isNotNull();
			Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cut) / 1_000_000));
			POSTGRES.restore();
			for (Future<?> writer : writers) {
				writer.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			POSTGRES.restore();
			pool.shutdownNow();
		}

		List<Attempt> all = List.copyOf(attempts);
		assertThat(all).extracting(Attempt::status).as(all.toString()).containsAnyOf(503).doesNotContain(500);
		assertThat(all).filteredOn((attempt) -> attempt.status() == 503).allSatisfy((attempt) -> {
			assertThat(attempt.retryAfter()).as("Retry-After").isNotNull();
			assertThat(attempt.contentType()).startsWith("application/problem+json");
			assertThat(attempt.body()).contains("/problems/database-unavailable");
			// The pool's connection timeout (5 s) bounds the wait;
			// the rest is this busy machine.
			assertThat(attempt.took()).as("time to a 503").isLessThan(Duration.ofMillis(7_000));
		});
		// Every movement is in the ledger once, whatever its attempts met on the way.
		int expected = WRITERS * MOVEMENTS_PER_WRITER;
		assertThat(stock.ledger(product, warehouse)).hasSize(expected);
		assertThat(stock.onHand(product, warehouse)).isEqualTo(expected);
		stock.assertLedgerConsistent(product, warehouse);
	}

	// What a well-behaved client does: on 503 (or the key still in flight after the
	// outage) it waits a little and sends the same request with the same key again.
	private void postUntilRecorded(String body, String authorization, String key, List<Attempt> attempts)
			throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/stock/movements"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			long started = System.nanoTime();
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Attempt attempt = new Attempt(response.statusCode(), Duration.ofNanos(System.nanoTime() - started),
					response.headers().firstValue("Retry-After").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
			attempts.add(attempt);
			if (attempt.status() == 201) {
				return;
			}
			boolean retryable = attempt.status() == 503
					|| (attempt.status() == 409 && attempt.body().contains("idempotency-key-in-flight"));
			if (!retryable) {
				throw new AssertionError("Not retryable: " + attempt);
			}
			Thread.sleep(250);
		}
		throw new AssertionError("Movement with key " + key + " never recorded");
	}

	private static boolean allDone(List<Future<?>> futures) {
		return futures.stream().allMatch(Future::isDone);
	}

	record Attempt(int status, Duration took, String retryAfter, String contentType, String body) {
	}

}
