package dev.stockroom.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.stockroom.platform.command.StockroomCommand;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data, loaded at start-up into a new empty database of its own, is big enough
 * to explore and obeys every ledger rule; loading again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "stockroom.demo-data.enabled=true")
@DirtiesContext
class DemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	List<StockroomCommand> commands;

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		// Made once: the supplier may be asked more than once.
		String url = TestServices.newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void fillsAnEmptyDatabaseWithEnoughToExplore() {
		Map<String, Long> counts = counts();

		assertThat(counts.get("warehouses")).isGreaterThanOrEqualTo(3);
		assertThat(counts.get("categories")).isGreaterThanOrEqualTo(10);
		assertThat(counts.get("products")).isGreaterThanOrEqualTo(200);
		assertThat(counts.get("suppliers")).isGreaterThanOrEqualTo(20);
		assertThat(counts.get("stock_movements")).isGreaterThanOrEqualTo(2000);
		assertThat(this.jdbc.sql("SELECT DISTINCT type FROM stock_movements").query(String.class).list())
			.containsExactlyInAnyOrder("RECEIPT", "ISSUE", "TRANSFER", "ADJUSTMENT", "COUNT");
		assertThat(this.jdbc.sql("SELECT DISTINCT created_by FROM stock_movements").query(String.class).list())
			.containsExactly(DemoDataLoader.DEMO_USER);
		assertThat(this.jdbc.sql("SELECT DISTINCT status FROM purchase_orders").query(String.class).list())
			.containsExactlyInAnyOrder("DRAFT", "PLACED", "PARTIALLY_RECEIVED", "RECEIVED", "CANCELLED");
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE reference LIKE 'PO-% line %'")
			.query(Long.class)
			.single()).as("receipts of the demo orders").isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.sql("SELECT DISTINCT status FROM sales_orders").query(String.class).list())
			.containsExactlyInAnyOrder("DRAFT", "CONFIRMED", "PARTIALLY_SHIPPED", "SHIPPED", "CANCELLED");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM stock_movements WHERE type = 'ISSUE' AND reference LIKE 'SO-% line %'")
			.query(Long.class)
			.single()).as("shipments of the demo orders").isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT sum(reserved) FROM stock_levels").query(Long.class).single())
			.as("what the confirmed and partly shipped orders hold")
			.isEqualTo(this.jdbc.sql("SELECT sum(reserved) FROM sales_order_lines").query(Long.class).single());
	}

	@Test
	void noMovementLiesInTheFuture() {
		long future = this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE created_at > now()")
			.query(Long.class)
			.single();
		long today = this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE created_at > now() - interval '1 day'")
			.query(Long.class)
			.single();

		assertThat(future).isZero();
		assertThat(today).as("movements in the last 24 hours, for the dashboard's recent ones").isPositive();
	}

	@Test
	void everyStockLevelEqualsItsLedgerAndNoneIsNegative() {
		List<Map<String, Object>> wrong = this.jdbc
			.sql("""
					SELECT l.product_id, l.warehouse_id, l.on_hand, l.movement_count, m.total, m.row_count
					  FROM stock_levels l
					  LEFT JOIN (SELECT product_id, warehouse_id, SUM(quantity_change) AS total, count(*) AS row_count
					               FROM stock_movements GROUP BY product_id, warehouse_id) m
					    ON m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id
					 WHERE l.on_hand < 0 OR l.on_hand <> COALESCE(m.total, 0) OR l.movement_count <> COALESCE(m.row_count, 0)
					""")
			.query()
			.listOfRows();
		long levels = this.jdbc.sql("SELECT count(*) FROM stock_levels").query(Long.class).single();
		long orphanRows = this.jdbc.sql("""
				SELECT count(*) FROM stock_movements m
				 WHERE NOT EXISTS (SELECT 1 FROM stock_levels l
				                    WHERE l.product_id = m.product_id AND l.warehouse_id = m.warehouse_id)
				""").query(Long.class).single();

		assertThat(levels).isGreaterThanOrEqualTo(200);
		assertThat(wrong).isEmpty();
		assertThat(orphanRows).isZero();
	}

	@Test
	void everyLedgerRowContinuesItsChain() {
		List<Map<String, Object>> broken = this.jdbc.sql("""
				SELECT id, product_id, warehouse_id, sequence_no, quantity_change, resulting_quantity, previous
				  FROM (SELECT m.*,
				               lag(resulting_quantity) OVER chain AS previous,
				               row_number() OVER chain AS position
				          FROM stock_movements m
				        WINDOW chain AS (PARTITION BY product_id, warehouse_id ORDER BY sequence_no)) chained
				 WHERE resulting_quantity <> COALESCE(previous, 0) + quantity_change
				    OR sequence_no <> position
				    OR resulting_quantity < 0
				""").query().listOfRows();

		assertThat(broken).isEmpty();
	}

	@Test
	void passesTheLedgerCheck() {
		StockroomCommand check = this.commands.stream()
			.filter((command) -> command.name().equals("check-ledger"))
			.findFirst()
			.orElseThrow();

		assertThat(check.run(List.of())).isZero();
	}

	@Test
	void loadsNothingIntoADatabaseThatIsNoLongerEmpty() {
		Map<String, Long> before = counts();

		assertThat(this.loader.loadIfEmpty()).isFalse();

		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		return Map.of("warehouses", count("warehouses"), "categories", count("categories"), "products",
				count("products"), "suppliers", count("suppliers"), "supplier_offers", count("supplier_offers"),
				"stock_levels", count("stock_levels"), "stock_movements", count("stock_movements"));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
