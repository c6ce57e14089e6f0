package dev.stockroom.notifications.reorder;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one day's digest tells: the stock levels at or below their reorder point, the most
 * urgent first, with what to order. The same for every recipient.
 *
 * @param day the day it is for, in {@code stockroom.time-zone}
 * @param total how many levels are low in all
 * @param rows the ones listed (at most {@code stockroom.reorder-check.max-rows})
 */
record ReorderDigest(LocalDate day, long total, List<Row> rows) {

	/** Where the full list is, on the site. */
	static final String LINK = "/stock/levels?lowStock=true";

	/** How many levels the notification lists; the mail lists every row. */
	static final int NOTIFICATION_ROWS = 20;

	ReorderDigest {
		rows = List.copyOf(rows);
	}

	boolean isEmpty() {
		return this.total == 0;
	}

	String title() {
		return (this.total == 1) ? "1 stock level is at or below its reorder point"
				: this.total + " stock levels are at or below their reorder point";
	}

	/**
	 * @param limit how many rows to list
	 * @return one line per level, and how many more there are
	 */
	String lines(int limit) {
		String listed = this.rows.stream().limit(limit).map(Row::toString).collect(Collectors.joining("\n"));
		long more = this.total - Math.min(limit, this.rows.size());
		return (more > 0) ? listed + "\n… and " + more + " more" : listed;
	}

	/**
	 * One low stock level.
	 *
	 * @param sku the product's SKU
	 * @param product the product's name
	 * @param warehouse the warehouse's code
	 * @param onHand what the warehouse holds
	 * @param available on hand less what sales orders reserved: what low stock is judged
	 * by
	 * @param reorderPoint the level at or below which to reorder
	 * @param suggestedOrder how much to order (the stock module's suggestion)
	 */
	record Row(String sku, String product, String warehouse, int onHand, int available, int reorderPoint,
			int suggestedOrder) {

		// Available only where orders reserved some: otherwise it is on hand again.
		@Override
		public String toString() {
			String stock = (this.available != this.onHand) ? this.onHand + " (" + this.available + " available)"
					: Integer.toString(this.onHand);
			return this.sku + " " + this.product + " in " + this.warehouse + ": on hand " + stock + ", reorder point "
					+ this.reorderPoint + ", suggested order " + this.suggestedOrder;
		}

	}

}
