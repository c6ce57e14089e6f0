package dev.stockroom.stock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.StockroomApplication;
import dev.stockroom.stock.ConcurrentHttp.Answer;
import dev.stockroom.stock.ConcurrentHttp.Answers;
import dev.stockroom.stock.ConcurrentHttp.Post;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A movement POST with an {@code Idempotency-Key} is safe to retry: a repeat replays the
 * first answer and never moves stock twice, also when the repeats race each other and
 * when the application was restarted in between.
 */
@IntegrationTest
class IdempotencyIntegrationTests {

	private static final String KEY = "Idempotency-Key";

	@Autowired
	TestTokens tokens;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Environment environment;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	StockFixtures stock;

	long product;

	long warehouse;

	@BeforeEach
	void createProductAndWarehouse() {
		this.stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.product = this.stock.product();
		this.warehouse = this.stock.warehouse();
	}

	@Test
	void repeatWithTheSameKeyAndBodyReplaysTheFirstAnswerAndMovesStockOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 5, null);

		MvcResult first = this.mvc.perform(this.stock.postMovement(body).header(KEY, key))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andReturn();
		MvcResult second = this.mvc.perform(this.stock.postMovement(body).header(KEY, key))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn();

		assertThat(second.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(second.getResponse().getHeader("Location")).isNotNull()
			.isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(5);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
		assertThat(storedStatus(key)).isEqualTo(201);
	}

	@Test
	void rejectsTheSameKeyWithAnotherBodyAndMovesNothingMore() throws Exception {
		String key = UUID.randomUUID().toString();
		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 5, null))
				.header(KEY, key))
			.andExpect(status().isCreated());

		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 6, null))
				.header(KEY, key))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", endsWith("/idempotency-key-reused")));

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(5);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void aRefusedRequestDoesNotUseUpItsKey() throws Exception {
		String key = UUID.randomUUID().toString();
		String issue = this.stock.movement(MovementType.ISSUE, this.product, this.warehouse, null, 2, null);

		this.mvc.perform(this.stock.postMovement(issue).header(KEY, key))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/insufficient-stock")));
		assertThat(storedStatus(key)).as("the key was released with the rollback").isNull();

		this.stock.receive(this.product, this.warehouse, 3);
		this.mvc.perform(this.stock.postMovement(issue).header(KEY, key))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(1);
	}

	@Test
	void parallelRequestsWithOneKeyMoveStockExactlyOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 7, null);

		Answers answers = new ConcurrentHttp(this.port, this.tokens.bearer(SignIn.DEFAULT_USER)).post(20,
				(i) -> new Post("/api/v1/stock/movements", body, Map.of(KEY, key)), Duration.ofSeconds(90));

		System.out.println("20 parallel requests with one key took " + answers.took().toMillis() + " ms: "
				+ answers.countByStatus());
		assertThat(answers.countByStatus().keySet()).as(answers.list().toString()).isSubsetOf(201, 409);
		assertThat(answers.withStatus(201)).isNotEmpty()
			.extracting(Answer::body)
			.containsOnly(answers.withStatus(201).get(0).body());
		assertThat(answers.withStatus(201)).filteredOn((answer) -> answer.replayed() == null)
			.as("exactly one request did the work")
			.hasSize(1);
		assertThat(answers.withStatus(409)).extracting(Answer::body)
			.allSatisfy((b) -> assertThat(b).contains("/problems/idempotency-key-in-flight"));
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(7);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void aKeySurvivesARestart() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 4, null);
		MvcResult first = this.mvc.perform(this.stock.postMovement(body).header(KEY, key))
			.andExpect(status().isCreated())
			.andReturn();

		// A second instance on the same database stands in for the application after a
		// restart (or for another instance behind the load balancer).
		long started = System.nanoTime();
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(StockroomApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.jmx.enabled=false")) {
			System.out.println("Second application context started in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
			int port = Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port"));
			assertThat(port).isNotEqualTo(this.port);
			HttpResponse<String> replay = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stock/movements"))
					.header("Content-Type", "application/json")
					.header("Authorization", this.tokens.bearer(SignIn.DEFAULT_USER))
					.header(KEY, key)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(replay.statusCode()).isEqualTo(201);
			assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
			assertThat(replay.body()).isEqualTo(first.getResponse().getContentAsString());
		}
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(4);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void aStockLevelThatStaysLockedIsReportedAsBusyNotAsTheKeyInFlight() throws Exception {
		this.stock.receive(this.product, this.warehouse, 5);
		String key = UUID.randomUUID().toString();
		String body = this.stock.movement(MovementType.ISSUE, this.product, this.warehouse, null, 1, null);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// Another transaction holds the stock level's row lock for longer than the
		// idempotency lock timeout, as a stuck writer would.
		Thread holder = new Thread(() -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("SELECT id FROM stock_levels WHERE product_id = ? AND warehouse_id = ? FOR UPDATE")
				.params(this.product, this.warehouse)
				.query(Long.class)
				.single();
			locked.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		holder.start();
		try {
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			this.mvc.perform(this.stock.postMovement(body).header(KEY, key))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type", endsWith("/busy")));
		}
		finally {
			release.countDown();
			holder.join(30_000);
		}

		// Nothing was done and the key is free: the retry does the work.
		assertThat(storedStatus(key)).isNull();
		this.mvc.perform(this.stock.postMovement(body).header(KEY, key))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(4);
	}

	@Test
	void rejectsBlankTooLongOrNonPrintableKeys() throws Exception {
		String body = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 1, null);
		for (String key : new String[] { "", "   ", "k".repeat(256), "two words", "tab\tkey" }) {
			this.mvc.perform(this.stock.postMovement(body).header(KEY, key))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(KEY));
		}
		this.mvc.perform(this.stock.postMovement(body).header(KEY, "k".repeat(255))).andExpect(status().isCreated());

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(1);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	private Integer storedStatus(String key) {
		return this.jdbc.sql("SELECT status FROM idempotency_keys WHERE idempotency_key = ?")
			.param(key)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

}
