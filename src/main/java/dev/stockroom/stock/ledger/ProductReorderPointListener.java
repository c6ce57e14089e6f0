package dev.stockroom.stock.ledger;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductReorderPointChanged;

/**
 * Keeps the stock levels' copy of each product's reorder point in step with the catalog.
 * It runs synchronously inside the catalog's transaction, so the product and its copies
 * change together and "low stock" is never computed from a stale reorder point.
 */
@Component
class ProductReorderPointListener {

	private final StockLevelRepository levels;

	ProductReorderPointListener(StockLevelRepository levels) {
		this.levels = levels;
	}

	@EventListener
	void on(ProductReorderPointChanged event) {
		this.levels.updateReorderPoint(event.productId(), event.reorderPoint());
	}

}
