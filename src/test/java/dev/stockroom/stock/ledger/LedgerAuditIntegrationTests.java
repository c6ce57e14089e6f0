package dev.stockroom.stock.ledger;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.platform.command.StockroomCommand;
import dev.stockroom.platform.command.StockroomCommand;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code check-ledger} command: clean after real movements, and it does find a stock
 * level that drifted from its ledger and a ledger row that breaks its chain. The damage
 * is made inside transactions that are rolled back, so the shared database stays clean.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LedgerAuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LedgerAudit audit;

	@Autowired
	List<StockroomCommand> commands;

	long product;

	long warehouse;

	long other;

	@BeforeEach
	void recordMovements() {
		StockFixtures stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.product = stock.product();
		this.warehouse = stock.warehouse();
		this.other = stock.warehouse();
		stock.receive(this.product, this.warehouse, 10);
		stock.issue(this.product, this.warehouse, 3);
		stock.move(MovementType.TRANSFER, this.product, this.warehouse, this.other, 2, null);
		stock.move(MovementType.COUNT, this.product, this.other, null, 2, null);
		stock.move(MovementType.ADJUSTMENT, this.product, this.warehouse, null, -1, "Broken");
	}

	@Test
	void isCleanAfterMovements(CapturedOutput output) {
		assertThat(this.audit.run()).isEmpty();

		assertThat(checkLedger().run(List.of())).isZero();
		assertThat(output).contains("Ledger OK: ").contains(" stock levels and ").contains(" ledger rows agree");
	}

	@Test
	void findsAStockLevelThatDriftedFromItsLedger(CapturedOutput output) {
		int exitCode = inRolledBackTransaction(() -> {
			this.jdbc.sql("UPDATE stock_levels SET on_hand = on_hand + 5 WHERE product_id = ? AND warehouse_id = ?")
				.params(this.product, this.warehouse)
				.update();
			assertThat(this.audit.run()).singleElement()
				.satisfies((finding) -> assertThat(finding).isEqualTo(new LedgerAudit.Finding(this.product,
						this.warehouse, "on-hand 9 and movement count 4, but the ledger sums to 4 in 4 rows")));
			return checkLedger().run(List.of());
		});

		assertThat(exitCode).isEqualTo(1);
		assertThat(output).contains("Ledger check found 1 problem(s):")
			.contains("product " + this.product + " in warehouse " + this.warehouse + ": on-hand 9");
		assertThat(this.audit.run()).isEmpty();
	}

	@Test
	void findsAMovementCountThatDisagreesWithTheLedger() {
		List<LedgerAudit.Finding> findings = inRolledBackTransaction(() -> {
			this.jdbc.sql("UPDATE stock_levels SET movement_count = 99 WHERE product_id = ? AND warehouse_id = ?")
				.params(this.product, this.other)
				.update();
			return this.audit.run();
		});

		assertThat(findings).singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).contains("movement count 99"));
	}

	@Test
	void findsLedgerRowsThatBreakTheChainOrHaveNoStockLevel(CapturedOutput output) {
		int exitCode = inRolledBackTransaction(() -> {
			// What a restore with the triggers off could leave behind.
			this.jdbc.sql("ALTER TABLE stock_movements DISABLE TRIGGER stock_movements_chain").update();
			this.jdbc.sql("""
					INSERT INTO stock_movements (id, type, product_id, warehouse_id, sequence_no, quantity_change,
					                             resulting_quantity, created_by, created_at)
					VALUES (nextval('stockroom_id_seq'), 'RECEIPT', ?, ?, 5, 3, 50, 'restore', now())
					""").params(this.product, this.warehouse).update();
			List<LedgerAudit.Finding> findings = this.audit.run();
			assertThat(findings).hasSize(2).allSatisfy((finding) -> {
				assertThat(finding.productId()).isEqualTo(this.product);
				assertThat(finding.warehouseId()).isEqualTo(this.warehouse);
			});
			assertThat(findings.get(0).detail())
				.isEqualTo("on-hand 4 and movement count 4, but the ledger sums to 7 in 5 rows");
			assertThat(findings.get(1).detail()).contains("(number 5, after number 4) results in 50, not 4 + 3");
			return checkLedger().run(List.of());
		});

		assertThat(exitCode).isEqualTo(1);
		assertThat(output).contains("Ledger check found 2 problem(s):");
		assertThat(this.audit.run()).isEmpty();
	}

	@Test
	void findsASequenceGap() {
		List<LedgerAudit.Finding> findings = inRolledBackTransaction(() -> {
			this.jdbc.sql("ALTER TABLE stock_movements DISABLE TRIGGER stock_movements_chain").update();
			this.jdbc.sql("""
					INSERT INTO stock_movements (id, type, product_id, warehouse_id, sequence_no, quantity_change,
					                             resulting_quantity, created_by, created_at)
					VALUES (nextval('stockroom_id_seq'), 'RECEIPT', ?, ?, 7, 1, 5, 'restore', now())
					""").params(this.product, this.warehouse).update();
			return this.audit.run();
		});

		assertThat(findings).extracting(LedgerAudit.Finding::detail)
			.anySatisfy((detail) -> assertThat(detail).contains("(number 7, after number 4)"));
	}

	private StockroomCommand checkLedger() {
		return this.commands.stream()
			.filter((command) -> command.name().equals("check-ledger"))
			.findFirst()
			.orElseThrow();
	}

	private <T> T inRolledBackTransaction(Supplier<T> work) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

}
