package dev.stockroom.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.stockroom.stock.DailyMovements;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;

/**
 * Everything the dashboard shows, read at one moment.
 *
 * @param today the UTC day the figures were read on: "movements today" and the daily
 * figures link to the movement history of their day
 * @param productCount how many products the catalog holds
 * @param stockValue the sum of cost times on-hand over all stock
 * @param lowStockCount how many stock levels (a product in a warehouse) are at or below
 * their reorder point
 * @param movementsToday ledger rows made since midnight UTC
 * @param lowStock the emptiest low stock levels, with what to order
 * @param recentMovements the newest ledger rows
 * @param daily receipts and issues per UTC day, oldest first, one entry per day
 */
record Dashboard(LocalDate today, long productCount, BigDecimal stockValue, long lowStockCount, long movementsToday,
		List<LowStockRow> lowStock, List<MovementRow> recentMovements, List<DailyMovements> daily) {

	/**
	 * A low stock level and the suggested order.
	 *
	 * @param level the stock level
	 * @param sku the product's SKU
	 * @param name the product's name
	 * @param warehouse the warehouse's code
	 * @param onOrder what placed purchase orders will still bring into the warehouse
	 * @param suggestedOrder how much to order, the stock module's one definition
	 * ({@link dev.stockroom.stock.ReorderSuggestions})
	 */
	record LowStockRow(StockLevelResponse level, String sku, String name, String warehouse, int onOrder,
			int suggestedOrder) {

	}

	/**
	 * A ledger row with names in place of ids.
	 *
	 * @param movement the row
	 * @param sku the product's SKU
	 * @param warehouse the warehouse's code
	 */
	record MovementRow(StockMovementResponse movement, String sku, String warehouse) {
	}

	/** The largest daily figure, for scaling the chart's axis and the table's bars. */
	public long busiestDay() {
		return this.daily.stream().mapToLong((day) -> Math.max(day.receipts(), day.issues())).max().orElse(0);
	}

}
