package dev.stockroom.stock;

import java.time.Instant;

import dev.stockroom.stock.ledger.StockLevel;

/**
 * A stock level as the API shows it.
 *
 * @param onHand what the ledger says is there
 * @param reserved what confirmed sales orders were promised of it
 * @param available on hand less reserved: what can still be issued or promised; below
 * zero in a shortage
 * @param shortage whether less is on hand than is reserved (a count found less): the
 * short orders cannot ship until stock arrives
 * @param lowStock whether available is at or below the reorder point
 * ({@link ReorderSuggestions})
 */
public record StockLevelResponse(long id, long productId, long warehouseId, int onHand, int reserved, int available,
		boolean shortage, int reorderPoint, boolean lowStock, Instant updatedAt) {

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
		return ReorderSuggestions.suggestedOrder(this.available, this.reorderPoint, reorderQuantity, onOrder);
	}

	static StockLevelResponse of(StockLevel level) {
		return new StockLevelResponse(level.getId(), level.getProductId(), level.getWarehouse().getId(),
				level.getOnHand(), level.getReserved(), level.getAvailable(), level.hasShortage(),
				level.getReorderPoint(), level.isLow(), level.getUpdatedAt());
	}

}
