package dev.stockroom.stock;

import java.time.Instant;

import dev.stockroom.stock.ledger.StockLevel;

/**
 * A stock level as the API shows it; {@code lowStock} means on-hand is at or below the
 * reorder point.
 */
public record StockLevelResponse(long id, long productId, long warehouseId, int onHand, int reorderPoint,
		boolean lowStock, Instant updatedAt) {

	/**
	 * What can be promised from this level: on-hand less what is reserved, and nothing is
	 * reserved until sales orders exist, so on-hand. Low stock is
	 * {@code available <= reorderPoint}.
	 * @return the available quantity
	 */
	public int available() {
		return this.onHand;
	}

	/**
	 * The reorder suggestion ({@link ReorderSuggestions}, where low stock and the
	 * suggestion are defined once): enough to bring the level back to its reorder point
	 * plus one reorder quantity, less what is on order,
	 * {@code max(0, reorderPoint + reorderQuantity - available - onOrder)}.
	 * @param reorderQuantity the product's reorder quantity
	 * @param onOrder what placed purchase orders will still bring into this warehouse
	 * @return how much to order, never negative
	 */
	public int suggestedOrder(int reorderQuantity, int onOrder) {
		return ReorderSuggestions.suggestedOrder(available(), this.reorderPoint, reorderQuantity, onOrder);
	}

	static StockLevelResponse of(StockLevel level) {
		return new StockLevelResponse(level.getId(), level.getProductId(), level.getWarehouse().getId(),
				level.getOnHand(), level.getReorderPoint(), level.isLow(), level.getUpdatedAt());
	}

}
