package dev.stockroom.stock;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregates a dashboard needs, each one SQL statement whatever the size of the
 * ledger: the database sums and groups where the rows are, instead of the application
 * loading them.
 */
@Repository
class StockFigures {

	private final JdbcClient jdbc;

	StockFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The worth of everything on hand at cost. A report across the two modules' tables,
	 * joined on the product id that {@code stock_levels} already references by foreign
	 * key: summing in the database keeps it one statement and one number, where asking
	 * the catalog for every product's cost would load the whole catalog.
	 */
	BigDecimal stockValue() {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(p.cost * s.on_hand), 0)
				  FROM stock_levels s JOIN products p ON p.id = s.product_id
				 WHERE s.on_hand > 0
				""").query(BigDecimal.class).single();
	}

	long movementsSince(Instant since) {
		return this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE created_at >= ?")
			.param(Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/**
	 * How many receipts and issues were recorded on each UTC day from {@code first} to
	 * {@code last}: one row per day, in order, days without movements included with zeros
	 * ({@code generate_series} makes the days, the ledger is joined to them).
	 */
	List<DailyMovements> dailyReceiptsAndIssues(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				SELECT CAST(d.day AS date) AS day,
				       count(m.id) FILTER (WHERE m.type = 'RECEIPT') AS receipts,
				       count(m.id) FILTER (WHERE m.type = 'ISSUE') AS issues
				  FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') AS d(day)
				  LEFT JOIN stock_movements m
				    ON m.created_at >= (d.day AT TIME ZONE 'UTC')
				   AND m.created_at < ((d.day + interval '1 day') AT TIME ZONE 'UTC')
				   AND m.type IN ('RECEIPT', 'ISSUE')
				 GROUP BY d.day
				 ORDER BY d.day
				""").param("first", first).param("last", last).query(DailyMovements.class).list();
	}

}
