package dev.stockroom.stock;

/**
 * A stock level's figures after a movement changed them: one event per level (a transfer
 * changes two). Published inside the movement's transaction; whoever shows the figures
 * live (the live module) sends them once the movement commits, so a movement that rolls
 * back is never seen.
 *
 * @param productId the product
 * @param warehouseId the warehouse
 * @param onHand on hand after the movement
 * @param reorderPoint the level's reorder point
 * @param lowStock whether the level is at or below its reorder point now
 * @param sequence the level's ledger sequence number after the movement: figures of one
 * level with a higher sequence are newer, whatever order they arrive in
 */
public record StockLevelChanged(long productId, long warehouseId, int onHand, int reorderPoint, boolean lowStock,
		long sequence) {

}
