package dev.stockroom.purchasing.domain;

import dev.stockroom.platform.error.ConflictException;

/**
 * A receipt asks for more of a line than is open: a 409, and nothing of the receipt is
 * taken in.
 */
public class ReceiptExceedsOpenException extends ConflictException {

	private final long lineId;

	public ReceiptExceedsOpenException(long lineId, int open, int asked) {
		super("receipt-exceeds-open",
				"Line " + lineId + " has " + open + " open; a receipt of " + asked + " is more than that");
		this.lineId = lineId;
	}

	public long getLineId() {
		return this.lineId;
	}

}
