package dev.stockroom.stock;

import dev.stockroom.platform.ConflictException;

/** Taking the requested quantity would leave less than nothing on hand. */
class InsufficientStockException extends ConflictException {

	InsufficientStockException(StockLevel level, int requested) {
		super("insufficient-stock", "Only " + level.getOnHand() + " of product " + level.getProductId()
				+ " on hand in warehouse " + level.getWarehouse().getId() + "; " + requested + " requested");
	}

}
