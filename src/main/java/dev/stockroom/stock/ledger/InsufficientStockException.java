package dev.stockroom.stock.ledger;

import dev.stockroom.platform.error.ConflictException;

/** Taking the requested quantity would leave less than nothing on hand. */
public class InsufficientStockException extends ConflictException {

	private final int onHand;

	InsufficientStockException(StockLevel level, int requested) {
		super("insufficient-stock", "Only " + level.getOnHand() + " of product " + level.getProductId()
				+ " on hand in warehouse " + level.getWarehouse().getId() + "; " + requested + " requested");
		this.onHand = level.getOnHand();
	}

	/**
	 * @return what was on hand when the movement was refused, for a message beside the
	 * quantity field
	 */
	public int getOnHand() {
		return this.onHand;
	}

}
