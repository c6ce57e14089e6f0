package dev.stockroom.stock;

import java.util.List;

/**
 * Stock of a product moved: ledger rows were appended and on-hand changed in one or two
 * warehouses. Published inside the movement's transaction, for modules whose caches show
 * on-hand figures (the dashboard): they evict through a transaction-aware cache, so the
 * eviction happens once the movement commits, before its answer is sent.
 *
 * @param productId the product
 * @param warehouseIds the warehouses whose on-hand changed (two for a transfer)
 */
public record StockMoved(long productId, List<Long> warehouseIds) {

	public StockMoved {
		warehouseIds = List.copyOf(warehouseIds);
	}

}
