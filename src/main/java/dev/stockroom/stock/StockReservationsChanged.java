package dev.stockroom.stock;

import java.util.List;

/**
 * Reserved stock changed (reserved, released or shipped) for these products in one
 * warehouse: available figures changed without, or beside, a ledger row. Published inside
 * the writing transaction, for modules whose caches show available figures or low stock
 * (the dashboard), as {@link StockMoved} is.
 *
 * @param warehouseId the warehouse
 * @param productIds the products whose reserved quantity changed
 */
public record StockReservationsChanged(long warehouseId, List<Long> productIds) {

	public StockReservationsChanged {
		productIds = List.copyOf(productIds);
	}

}
