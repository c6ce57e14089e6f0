package dev.stockroom.sales.domain;

import dev.stockroom.platform.error.ConflictException;

/**
 * A shipment asks for more of a line than the line still holds reserved: a 409, and
 * nothing of the shipment goes.
 */
public class ShipmentExceedsReservedException extends ConflictException {

	private final long lineId;

	private final String aboutTheLine;

	public ShipmentExceedsReservedException(long lineId, int outstanding, int asked) {
		this(lineId, outstanding + " left to ship; a shipment of " + asked + " is more than that");
	}

	private ShipmentExceedsReservedException(long lineId, String aboutTheLine) {
		super("shipment-exceeds-reserved", "Line " + lineId + " has " + aboutTheLine);
		this.lineId = lineId;
		this.aboutTheLine = aboutTheLine;
	}

	/**
	 * @return the problem said beside its line on a page, where the line's id means
	 * nothing to the reader
	 */
	public String aboutTheLine() {
		return this.aboutTheLine;
	}

	public long getLineId() {
		return this.lineId;
	}

}
