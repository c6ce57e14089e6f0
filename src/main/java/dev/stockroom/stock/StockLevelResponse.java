package dev.stockroom.stock;

import java.time.Instant;

import dev.stockroom.stock.ledger.StockLevel;

/**
 * A stock level as the API shows it; {@code lowStock} means on-hand is at or below the
 * reorder point.
 */
public record StockLevelResponse(long id, long productId, long warehouseId, int onHand, int reorderPoint,
		boolean lowStock, Instant updatedAt) {

	static StockLevelResponse of(StockLevel level) {
		return new StockLevelResponse(level.getId(), level.getProductId(), level.getWarehouse().getId(),
				level.getOnHand(), level.getReorderPoint(), level.isLow(), level.getUpdatedAt());
	}

}
