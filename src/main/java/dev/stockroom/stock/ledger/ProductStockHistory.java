package dev.stockroom.stock.ledger;

import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductHistory;

/**
 * A product with a stock level keeps it: the level (and every ledger row, which always
 * has one) refers to the product, and the ledger is never deleted.
 */
@Component
class ProductStockHistory implements ProductHistory {

	private final StockLevelRepository levels;

	ProductStockHistory(StockLevelRepository levels) {
		this.levels = levels;
	}

	@Override
	public boolean exists(long productId) {
		return this.levels.existsByProductId(productId);
	}

}
