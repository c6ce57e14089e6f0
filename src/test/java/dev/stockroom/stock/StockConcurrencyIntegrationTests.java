package dev.stockroom.stock;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.stockroom.stock.ConcurrentHttp.Answer;
import dev.stockroom.stock.ConcurrentHttp.Answers;
import dev.stockroom.stock.ConcurrentHttp.Post;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Many writers at once, over real HTTP against real PostgreSQL: stock never goes
 * negative, on-hand always equals the ledger, the ledger's sequence has no gaps, its
 * times follow its sequence, and opposite transfers neither deadlock nor lose stock.
 */
@IntegrationTest
class StockConcurrencyIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

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

	StockFixtures stock;

	ConcurrentHttp http;

	@BeforeEach
	void setUp() {
		this.stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.http = new ConcurrentHttp(this.port, this.tokens.bearer(SignIn.DEFAULT_USER));
	}

	@Test
	void concurrentIssuesNeverTakeMoreThanIsOnHand() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 40);
		String issueOne = this.stock.movement(MovementType.ISSUE, product, warehouse, null, 1, null);

		Answers answers = this.http.post(64, (i) -> Post.movement(issueOne), TIMEOUT);

		System.out.println("64 concurrent issues against 40 on hand took " + answers.took().toMillis() + " ms");
		assertThat(answers.countByStatus()).containsOnly(Map.entry(201, 40L), Map.entry(409, 24L));
		assertThat(answers.withStatus(409)).extracting(Answer::body)
			.allSatisfy((body) -> assertThat(body).contains("/problems/insufficient-stock"));
		assertThat(this.stock.onHand(product, warehouse)).isZero();
		assertThat(this.stock.ledgerSum(product, warehouse)).isZero();
		assertThat(this.stock.ledger(product, warehouse)).hasSize(41)
			.extracting(StockFixtures.LedgerRow::sequenceNo)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 41).boxed().toList());
		this.stock.assertLedgerConsistent(product, warehouse);
	}

	@Test
	void concurrentFirstReceiptsMakeOneStockLevelAndLoseNothing() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		assertThat(this.stock.stockLevelRows(product, warehouse)).isZero();
		String receiveThree = this.stock.movement(MovementType.RECEIPT, product, warehouse, null, 3, null);

		Answers answers = this.http.post(64, (i) -> Post.movement(receiveThree), TIMEOUT);

		System.out.println("64 concurrent first receipts took " + answers.took().toMillis() + " ms");
		assertThat(answers.countByStatus()).as(answers.list().toString()).containsOnly(Map.entry(201, 64L));
		assertThat(this.stock.stockLevelRows(product, warehouse)).isEqualTo(1);
		assertThat(this.stock.onHand(product, warehouse)).isEqualTo(64 * 3);
		assertThat(this.stock.ledger(product, warehouse)).hasSize(64);
		this.stock.assertLedgerConsistent(product, warehouse);
	}

	@Test
	void oppositeTransfersNeitherDeadlockNorLoseStock() throws Exception {
		long product = this.stock.product();
		long a = this.stock.warehouse();
		long b = this.stock.warehouse();
		this.stock.receive(product, a, 40);
		this.stock.receive(product, b, 40);
		String aToB = this.stock.movement(MovementType.TRANSFER, product, a, b, 3, null);
		String bToA = this.stock.movement(MovementType.TRANSFER, product, b, a, 2, null);

		Answers answers = this.http.post(80, (i) -> Post.movement((i % 2 == 0) ? aToB : bToA), TIMEOUT);

		System.out
			.println("80 opposite transfers took " + answers.took().toMillis() + " ms: " + answers.countByStatus());
		assertThat(answers.countByStatus().keySet()).as(answers.list().toString()).isSubsetOf(201, 409);
		assertThat(answers.withStatus(201)).isNotEmpty();
		assertThat(answers.withStatus(409)).extracting(Answer::body)
			.allSatisfy((body) -> assertThat(body).contains("/problems/insufficient-stock"));
		int onHandA = this.stock.onHand(product, a);
		int onHandB = this.stock.onHand(product, b);
		assertThat(onHandA + onHandB).isEqualTo(80);
		this.stock.assertLedgerConsistent(product, a);
		this.stock.assertLedgerConsistent(product, b);
		// Every 201 made two rows, one in each warehouse, sharing its transfer id.
		long transfers = answers.withStatus(201).size();
		assertThat(this.jdbc
			.sql("SELECT count(DISTINCT transfer_id) FROM stock_movements WHERE product_id = ? AND type = 'TRANSFER'")
			.param(product)
			.query(Long.class)
			.single()).isEqualTo(transfers);
		assertThat(this.stock.ledger(product, a).size() + this.stock.ledger(product, b).size())
			.isEqualTo(2 + 2 * (int) transfers);
	}

	@Test
	void timeOrderFollowsTheLedgerChainUnderConcurrentWriters() throws Exception {
		long product = this.stock.product();
		long a = this.stock.warehouse();
		long b = this.stock.warehouse();
		this.stock.receive(product, a, 100);
		this.stock.receive(product, b, 100);
		List<String> bodies = List.of(this.stock.movement(MovementType.RECEIPT, product, a, null, 2, null),
				this.stock.movement(MovementType.ISSUE, product, a, null, 1, null),
				this.stock.movement(MovementType.TRANSFER, product, a, b, 1, null),
				this.stock.movement(MovementType.TRANSFER, product, b, a, 1, null));

		Answers answers = this.http.post(40, (i) -> Post.movement(bodies.get(i % bodies.size())), TIMEOUT);

		assertThat(answers.countByStatus()).as(answers.list().toString()).containsOnly(Map.entry(201, 40L));
		for (long warehouse : List.of(a, b)) {
			this.stock.assertLedgerConsistent(product, warehouse);
			// Along the chain, time never goes back: each row was timed after the row
			// before it had committed and released the level's lock.
			List<OffsetDateTime> times = this.jdbc
				.sql("SELECT created_at FROM stock_movements WHERE product_id = ? AND warehouse_id = ? "
						+ "ORDER BY sequence_no")
				.params(product, warehouse)
				.query(OffsetDateTime.class)
				.list();
			assertThat(times).as("created_at in sequence order").isSorted();
			// So the API's list, newest first, is the chain read backwards.
			MvcResult result = this.mvc
				.perform(get("/api/v1/stock/movements").param("product", "" + product)
					.param("warehouse", "" + warehouse)
					.param("size", "100"))
				.andExpect(status().isOk())
				.andReturn();
			List<Long> sequences = new ArrayList<>();
			this.json.readTree(result.getResponse().getContentAsString())
				.get("content")
				.forEach((row) -> sequences.add(row.get("sequence").asLong()));
			assertThat(sequences).as("sequence numbers, newest first")
				.containsExactlyElementsOf(
						LongStream.iterate(times.size(), (n) -> n >= 1, (n) -> n - 1).boxed().toList());
		}
	}

}
