package dev.stockroom.stock.ledger;

import dev.stockroom.platform.error.ConflictException;

/**
 * Taking the requested quantity would spend stock that is not there: more than is
 * available (on hand less what orders reserved), or, when shipping reserved stock, more
 * than is on hand.
 */
public class InsufficientStockException extends ConflictException {

	private final int onHand;

	private final int reserved;

	private final int available;

	private InsufficientStockException(StockLevel level, String detail) {
		super("insufficient-stock", detail);
		this.onHand = level.getOnHand();
		this.reserved = level.getReserved();
		this.available = level.getAvailable();
	}

	static InsufficientStockException notAvailable(StockLevel level, int requested) {
		String where = "product " + level.getProductId() + " in warehouse " + level.getWarehouse().getId();
		String detail = (level.getReserved() == 0)
				? "Only " + level.getOnHand() + " of product " + level.getProductId() + " on hand in warehouse "
						+ level.getWarehouse().getId() + "; " + requested + " requested"
				: "Only " + Math.max(0, level.getAvailable()) + " available; " + level.getReserved() + " reserved: "
						+ where + " has " + level.getOnHand() + " on hand; " + requested + " requested";
		return new InsufficientStockException(level, detail);
	}

	static InsufficientStockException shortOnHand(StockLevel level, int requested) {
		String detail = "Only " + level.getOnHand() + " on hand to ship; " + level.getReserved() + " reserved: product "
				+ level.getProductId() + " in warehouse " + level.getWarehouse().getId() + " is short of "
				+ (level.getReserved() - level.getOnHand()) + "; " + requested + " requested";
		return new InsufficientStockException(level, detail);
	}

	/**
	 * @return what was on hand when the movement was refused
	 */
	public int getOnHand() {
		return this.onHand;
	}

	/**
	 * @return what orders had reserved when the movement was refused
	 */
	public int getReserved() {
		return this.reserved;
	}

	/**
	 * @return what was available (on hand less reserved; below zero in a shortage) when
	 * the movement was refused
	 */
	public int getAvailable() {
		return this.available;
	}

	/**
	 * @return the words beside a form's quantity field: "only 3 available; 37 reserved",
	 * or "only 3 on hand" when nothing is reserved
	 */
	public String fieldMessage() {
		if (this.reserved == 0) {
			return "only " + this.onHand + " on hand";
		}
		return "only " + Math.max(0, this.available) + " available; " + this.reserved + " reserved";
	}

}
