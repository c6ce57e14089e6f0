package dev.stockroom.stock.ledger;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the ledger's promises against what the database holds: every stock level's
 * on-hand and movement count equal the sum and the number of its ledger rows, and every
 * row continues its chain (numbered 1, 2, 3... and resulting in the previous row's
 * quantity plus its change).
 *
 * <p>
 * Why it exists although the triggers guard every insert: on-hand lives in another table
 * and is kept in step by application code, and data can also arrive by a restore, a
 * migration or a manual fix with the triggers switched off. An audit finds such drift
 * before a user does. Each check is one SQL statement, so it reads one snapshot and a
 * movement committed meanwhile cannot cause a false finding.
 */
@Component
class LedgerAudit {

	/** Enough to see what is wrong without flooding the terminal. */
	static final int MAX_FINDINGS_PER_CHECK = 1000;

	private final JdbcClient jdbc;

	LedgerAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return what is wrong, empty when the ledger and the stock levels agree
	 */
	List<Finding> run() {
		List<Finding> findings = new ArrayList<>();
		findings.addAll(levelsThatDisagreeWithTheLedger());
		findings.addAll(rowsThatBreakTheChain());
		return findings;
	}

	/**
	 * @return how many stock levels and ledger rows there are, for the report of a clean
	 * audit
	 */
	Totals totals() {
		return this.jdbc
			.sql("""
					SELECT (SELECT count(*) FROM stock_levels) AS levels, (SELECT count(*) FROM stock_movements) AS movements
					""")
			.query(Totals.class)
			.single();
	}

	private List<Finding> levelsThatDisagreeWithTheLedger() {
		// A full join, so that ledger rows without a stock level are found too.
		return this.jdbc
			.sql("""
					SELECT COALESCE(l.product_id, m.product_id) AS product_id,
					       COALESCE(l.warehouse_id, m.warehouse_id) AS warehouse_id,
					       l.on_hand, l.movement_count, COALESCE(m.total, 0) AS ledger_sum, COALESCE(m.row_count, 0) AS ledger_rows
					  FROM stock_levels l
					  FULL JOIN (SELECT product_id, warehouse_id, SUM(quantity_change) AS total, count(*) AS row_count
					               FROM stock_movements GROUP BY product_id, warehouse_id) m
					    ON m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id
					 WHERE l.id IS NULL OR l.on_hand <> COALESCE(m.total, 0) OR l.movement_count <> COALESCE(m.row_count, 0)
					 ORDER BY 1, 2
					 LIMIT :limit
					""")
			.param("limit", MAX_FINDINGS_PER_CHECK)
			.query((rs, row) -> {
				long ledgerSum = rs.getLong("ledger_sum");
				long ledgerRows = rs.getLong("ledger_rows");
				String detail = (rs.getObject("on_hand") == null)
						? "no stock level for " + ledgerRows + " ledger rows summing to " + ledgerSum
						: "on-hand " + rs.getLong("on_hand") + " and movement count " + rs.getLong("movement_count")
								+ ", but the ledger sums to " + ledgerSum + " in " + ledgerRows + " rows";
				return new Finding(rs.getLong("product_id"), rs.getLong("warehouse_id"), detail);
			})
			.list();
	}

	private List<Finding> rowsThatBreakTheChain() {
		return this.jdbc.sql("""
				SELECT id, product_id, warehouse_id, sequence_no, quantity_change, resulting_quantity,
				       previous_quantity, previous_sequence
				  FROM (SELECT m.*, lag(resulting_quantity, 1, 0) OVER chain AS previous_quantity,
				               lag(sequence_no, 1, 0::bigint) OVER chain AS previous_sequence
				          FROM stock_movements m
				        WINDOW chain AS (PARTITION BY product_id, warehouse_id ORDER BY sequence_no)) chained
				 WHERE resulting_quantity <> previous_quantity + quantity_change OR sequence_no <> previous_sequence + 1
				 ORDER BY product_id, warehouse_id, sequence_no
				 LIMIT :limit
				""")
			.param("limit", MAX_FINDINGS_PER_CHECK)
			.query((rs, row) -> new Finding(rs.getLong("product_id"), rs.getLong("warehouse_id"),
					"ledger row " + rs.getLong("id") + " (number " + rs.getLong("sequence_no") + ", after number "
							+ rs.getLong("previous_sequence") + ") results in " + rs.getInt("resulting_quantity")
							+ ", not " + rs.getInt("previous_quantity") + " + " + rs.getInt("quantity_change")))
			.list();
	}

	/**
	 * One thing wrong with the stock of a product in a warehouse.
	 *
	 * @param productId the product
	 * @param warehouseId the warehouse
	 * @param detail what is wrong, in words
	 */
	record Finding(long productId, long warehouseId, String detail) {

		@Override
		public String toString() {
			return "product " + this.productId + " in warehouse " + this.warehouseId + ": " + this.detail;
		}

	}

	record Totals(long levels, long movements) {
	}

}
