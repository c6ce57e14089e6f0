package dev.stockroom.dashboard;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductChanged;
import dev.stockroom.catalog.ProductsChanged;
import dev.stockroom.stock.QuantityOnOrderChanged;
import dev.stockroom.stock.StockMoved;
import dev.stockroom.stock.StockReservationsChanged;

/**
 * Evicts the cached dashboard when what it shows changes: on-hand (a stock movement),
 * available (a reservation: low stock is available at or below the reorder point) or a
 * product (its count, name, cost or reorder quantity). The events are heard inside the
 * writing transaction, and the transaction-aware cache defers the eviction until it
 * commits: the movement's answer is sent after that, so whoever made it sees the new
 * figures on the next page.
 */
@Component
class DashboardCacheEviction {

	private final DashboardService dashboard;

	DashboardCacheEviction(DashboardService dashboard) {
		this.dashboard = dashboard;
	}

	@EventListener
	void on(StockMoved moved) {
		this.dashboard.evict();
	}

	@EventListener
	void on(StockReservationsChanged changed) {
		this.dashboard.evict();
	}

	@EventListener
	void on(ProductChanged changed) {
		this.dashboard.evict();
	}

	// An order placed or cancelled: the suggestions change with what is on order.
	@EventListener
	void on(QuantityOnOrderChanged changed) {
		this.dashboard.evict();
	}

	// An import's chunk: once for the chunk, not once per product.
	@EventListener
	void on(ProductsChanged changed) {
		this.dashboard.evict();
	}

}
