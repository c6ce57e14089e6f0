package dev.stockroom.stock.ledger;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself keeps the ledger append-only and chained, whatever code or person
 * with psql tries: the triggers of {@code V3__stock.sql} refuse UPDATE, DELETE, TRUNCATE
 * and an INSERT that does not continue its chain. Each statement runs in a transaction
 * that is rolled back in any case, so a broken trigger fails the test without damaging
 * the ledger the other tests share.
 */
@IntegrationTest
class LedgerAppendOnlyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	long product;

	long warehouse;

	long rowId;

	@BeforeEach
	void recordAMovement() {
		StockFixtures stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.product = stock.product();
		this.warehouse = stock.warehouse();
		stock.receive(this.product, this.warehouse, 10);
		this.rowId = stock.issue(this.product, this.warehouse, 3).get(0).get("id").asLong();
	}

	@Test
	void refusesUpdateOfALedgerRow() {
		assertRefused(
				"UPDATE stock_movements SET quantity_change = -1, resulting_quantity = 9 WHERE id = " + this.rowId,
				"UPDATE");
		assertRefused("UPDATE stock_movements SET reason = 'rewritten' WHERE product_id = " + this.product, "UPDATE");
		assertRowUnchanged();
	}

	@Test
	void refusesDeleteOfALedgerRow() {
		assertRefused("DELETE FROM stock_movements WHERE id = " + this.rowId, "DELETE");
		assertRefused("DELETE FROM stock_movements WHERE product_id = " + this.product, "DELETE");
		assertRowUnchanged();
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void refusesTruncateOfTheLedger() {
		long before = this.jdbc.sql("SELECT count(*) FROM stock_movements").query(Long.class).single();

		// CASCADE: purchase receipts refer to ledger rows, and a plain TRUNCATE would be
		// refused for that foreign key before the ledger's own trigger is asked.
		assertRefused("TRUNCATE stock_movements CASCADE", "TRUNCATE");

		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_movements").query(Long.class).single())
			.isGreaterThanOrEqualTo(before);
		assertRowUnchanged();
	}

	@Test
	void refusesAnInsertWhoseResultingQuantityBreaksTheChain() {
		// Row 3 after 10 and -3 must result in 7 + change; 100 does not.
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> inRolledBackTransaction(() -> insert(3, 5, 100)))
			.withMessageContaining("resulting quantity 100 is not 7 + 5");
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void refusesAnInsertThatSkipsASequenceNumber() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> inRolledBackTransaction(() -> insert(4, 5, 12)))
			.withMessageContaining("has no predecessor");
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void refusesAnInsertThatRepeatsASequenceNumber() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> inRolledBackTransaction(() -> insert(2, 1, 11)));
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void acceptsAnInsertThatContinuesTheChain() {
		// The refusals above mean something only if a correct row gets through; it is
		// rolled back so the stock level and the ledger stay equal.
		int inserted = inRolledBackTransaction(() -> insert(3, 5, 12));

		assertThat(inserted).isEqualTo(1);
		assertThat(rows()).isEqualTo(2);
	}

	private int insert(long sequenceNo, int change, int resulting) {
		return this.jdbc.sql("""
				INSERT INTO stock_movements (id, type, product_id, warehouse_id, sequence_no, quantity_change,
				                             resulting_quantity, created_by, created_at)
				VALUES (nextval('stockroom_id_seq'), 'RECEIPT', :product, :warehouse, :sequence, :change,
				        :resulting, 'psql', now())
				""")
			.params(Map.of("product", this.product, "warehouse", this.warehouse, "sequence", sequenceNo, "change",
					change, "resulting", resulting))
			.update();
	}

	private void assertRefused(String sql, String operation) {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> inRolledBackTransaction(() -> this.jdbc.sql(sql).update()))
			.withMessageContaining("stock_movements is append-only: " + operation + " is not allowed");
	}

	private void assertRowUnchanged() {
		Map<String, Object> row = this.jdbc
			.sql("SELECT type, quantity_change, resulting_quantity, sequence_no, reason FROM stock_movements "
					+ "WHERE id = ?")
			.param(this.rowId)
			.query()
			.singleRow();
		assertThat(row).containsEntry("type", "ISSUE")
			.containsEntry("quantity_change", -3)
			.containsEntry("resulting_quantity", 7)
			.containsEntry("sequence_no", 2L)
			.containsEntry("reason", null);
	}

	private long rows() {
		return this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE product_id = ? AND warehouse_id = ?")
			.params(this.product, this.warehouse)
			.query(Long.class)
			.single();
	}

	private <T> T inRolledBackTransaction(Supplier<T> work) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

}
