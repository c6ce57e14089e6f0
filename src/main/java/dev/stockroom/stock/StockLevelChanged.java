package dev.stockroom.stock;

import dev.stockroom.stock.ledger.StockLevel;

/**
 * A stock level's figures after a movement or a reservation changed them: one event per
 * level (a transfer changes two, a reservation one per product). Published inside the
 * writing transaction; whoever shows the figures live (the live module) sends them once
 * it commits, so a change that rolls back is never seen.
 *
 * @param productId the product
 * @param warehouseId the warehouse
 * @param onHand on hand after the change
 * @param reserved reserved for confirmed orders after the change
 * @param available on hand less reserved; below zero in a shortage
 * @param reorderPoint the level's reorder point
 * @param lowStock whether the level is low now (available at or below the reorder point)
 * @param sequence the level's version after the change: figures of one level with a
 * higher sequence are newer, whatever order they arrive in. Not the ledger's sequence
 * number, which a reservation (no ledger row) does not advance.
 */
public record StockLevelChanged(long productId, long warehouseId, int onHand, int reserved, int available,
		int reorderPoint, boolean lowStock, long sequence) {

	/**
	 * @return whether less is on hand than is reserved
	 */
	public boolean shortage() {
		return this.available < 0;
	}

	/**
	 * The figures of a level whose change was flushed (so its version is the new one).
	 */
	static StockLevelChanged of(StockLevel level) {
		return new StockLevelChanged(level.getProductId(), level.getWarehouse().getId(), level.getOnHand(),
				level.getReserved(), level.getAvailable(), level.getReorderPoint(), level.isLow(), level.getVersion());
	}

}
