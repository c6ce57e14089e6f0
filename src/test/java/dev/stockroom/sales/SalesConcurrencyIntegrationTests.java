package dev.stockroom.sales;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.stock.ConcurrentHttp;
import dev.stockroom.stock.ConcurrentHttp.Answer;
import dev.stockroom.stock.ConcurrentHttp.Answers;
import dev.stockroom.stock.ConcurrentHttp.Post;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reservations under many requests at once, over real HTTP against real PostgreSQL: the
 * proof docs/ORDERS.md names. Confirmations never reserve more than is on hand, the
 * reserved stock cannot be issued by a plain movement, shipping it empties the level with
 * a ledger that adds up, and confirmations, cancellations and issues racing each other
 * neither deadlock nor lose a reservation.
 */
@IntegrationTest
class SalesConcurrencyIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private static final String API = "/api/v1/sales-orders";

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

	ConcurrentHttp manager;

	ConcurrentHttp clerk;

	@BeforeEach
	void setUp() {
		this.stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.manager = new ConcurrentHttp(this.port, this.tokens.bearer("manager"));
		this.clerk = new ConcurrentHttp(this.port, this.tokens.bearer("clerk"));
	}

	@Test
	void sixtyFourConfirmationsOfOneAgainstFortyConfirmFortyAndShipToZero() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 40);
		List<Long> orders = drafts(64, product, warehouse);

		Answers confirmations = this.manager.post(64,
				(i) -> new Post(API + "/" + orders.get(i) + "/confirm", "", Map.of()), TIMEOUT);

		System.out.println(
				"64 concurrent confirmations against 40 available took " + confirmations.took().toMillis() + " ms");
		assertThat(confirmations.countByStatus()).as(confirmations.list().toString())
			.containsOnly(Map.entry(200, 40L), Map.entry(409, 24L));
		assertThat(confirmations.withStatus(200)).extracting(Answer::body)
			.allSatisfy((body) -> assertThat(body).contains("\"status\":\"CONFIRMED\""));
		assertThat(confirmations.withStatus(409)).extracting(Answer::body)
			.allSatisfy((body) -> assertThat(body).contains("/problems/insufficient-stock"));
		assertThat(level(product, warehouse)).containsEntry("on_hand", 40).containsEntry("reserved", 40);
		assertThat(statusCount("CONFIRMED", product)).isEqualTo(40);
		assertThat(statusCount("DRAFT", product)).isEqualTo(24);

		// The reserved stock is not available to a plain issue, and the refusal says why.
		String issue = this.stock.movement(MovementType.ISSUE, product, warehouse, null, 1, null);
		String refused = this.mvc.perform(this.stock.postMovement(issue))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("insufficient-stock").contains("0 available").contains("40 reserved");
		assertThat(level(product, warehouse)).containsEntry("on_hand", 40);

		// Shipping every confirmed order at once takes the level to nothing.
		List<Long> confirmed = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			if (confirmations.list().get(i).status() == 200) {
				confirmed.add(orders.get(i));
			}
		}
		List<String> shipmentBodies = new ArrayList<>();
		for (long order : confirmed) {
			shipmentBodies.add("{\"lines\": [{\"lineId\": %d, \"quantity\": 1}]}".formatted(lineId(order)));
		}
		Answers shipments = this.clerk.post(40,
				(i) -> new Post(API + "/" + confirmed.get(i) + "/shipments", shipmentBodies.get(i), Map.of()), TIMEOUT);

		assertThat(shipments.countByStatus()).as(shipments.list().toString()).containsOnly(Map.entry(201, 40L));
		assertThat(level(product, warehouse)).containsEntry("on_hand", 0).containsEntry("reserved", 0);
		assertThat(statusCount("SHIPPED", product)).isEqualTo(40);
		assertThat(this.stock.ledgerSum(product, warehouse)).isZero();
		assertThat(this.stock.ledger(product, warehouse)).hasSize(41);
		this.stock.assertLedgerConsistent(product, warehouse);
	}

	/*
	 * Cancels give back, confirmations take and plain issues spend, all on one level at
	 * once: at the end the level's reserved is exactly what the confirmed orders' lines
	 * hold, never more than is on hand, and on hand is the ledger's sum.
	 */
	@Test
	void confirmationsCancellationsAndIssuesAtOnceLoseNoReservation() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 40);
		List<Long> first = drafts(20, product, warehouse);
		for (long order : first) {
			call(API + "/" + order + "/confirm", "manager", 200);
		}
		List<Long> second = drafts(30, product, warehouse);
		String issueOne = this.stock.movement(MovementType.ISSUE, product, warehouse, null, 1, null);
		ConcurrentHttp admin = new ConcurrentHttp(this.port, this.tokens.bearer(SignIn.DEFAULT_USER));

		List<Post> posts = new ArrayList<>();
		first.forEach((order) -> posts.add(new Post(API + "/" + order + "/cancel", "", Map.of())));
		second.forEach((order) -> posts.add(new Post(API + "/" + order + "/confirm", "", Map.of())));
		for (int i = 0; i < 20; i++) {
			posts.add(Post.movement(issueOne));
		}
		Collections.shuffle(posts, new Random(19));

		Answers answers = admin.post(posts.size(), posts::get, TIMEOUT);

		System.out.println("70 mixed cancels, confirmations and issues: " + answers.countByStatus() + " in "
				+ answers.took().toMillis() + " ms");
		assertThat(answers.countByStatus().keySet()).as(answers.list().toString()).isSubsetOf(200, 201, 409);
		Map<String, Object> level = level(product, warehouse);
		int reserved = (Integer) level.get("reserved");
		int onHand = (Integer) level.get("on_hand");
		int reservedByOrders = this.jdbc.sql("""
				SELECT coalesce(sum(l.reserved), 0) FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id
				WHERE l.product_id = ? AND o.status = 'CONFIRMED'
				""").param(product).query(Integer.class).single();
		assertThat(reserved).isEqualTo(reservedByOrders).isLessThanOrEqualTo(onHand);
		assertThat(onHand).isGreaterThanOrEqualTo(0);
		assertThat(statusCount("CANCELLED", product)).isEqualTo(20);
		assertThat(this.stock.ledgerSum(product, warehouse)).isEqualTo(onHand);
		this.stock.assertLedgerConsistent(product, warehouse);
	}

	private List<Long> drafts(int count, long product, long warehouse) throws Exception {
		String body = """
				{"customer": {"name": "Concurrent customer"}, "warehouseId": %d,
				 "lines": [{"productId": %d, "quantity": 1, "unitPrice": 1.00}]}
				""".formatted(warehouse, product);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String created = this.mvc
				.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(body).with(SignIn.as("manager")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			ids.add(((Number) JsonPath.read(created, "$.id")).longValue());
		}
		return ids;
	}

	private void call(String path, String user, int status) throws Exception {
		int answered = this.mvc.perform(post(path).with(SignIn.as(user))).andReturn().getResponse().getStatus();
		assertThat(answered).as(path).isEqualTo(status);
	}

	private long lineId(long order) {
		return this.jdbc.sql("SELECT id FROM sales_order_lines WHERE order_id = ?")
			.param(order)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> level(long product, long warehouse) {
		return this.jdbc.sql("SELECT on_hand, reserved FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(product, warehouse)
			.query()
			.singleRow();
	}

	private long statusCount(String status, long product) {
		return this.jdbc.sql("""
				SELECT count(DISTINCT o.id) FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id
				WHERE o.status = ? AND l.product_id = ?
				""").params(status, product).query(Long.class).single();
	}

}
