package dev.stockroom.sales.domain;

import dev.stockroom.platform.error.ConflictException;

/**
 * A shipment asks for more of a line than the line still holds reserved: a 409, and
 * nothing of the shipment goes.
 */
public class ShipmentExceedsReservedException extends ConflictException {

	private final long lineId;

	public ShipmentExceedsReservedException(long lineId, int outstanding, int asked) {
		super("shipment-exceeds-reserved", "Line " + lineId + " has " + outstanding + " left to ship; a shipment of "
				+ asked + " is more than that");
		this.lineId = lineId;
	}

	public long getLineId() {
		return this.lineId;
	}

}
