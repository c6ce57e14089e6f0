package dev.stockroom.purchasing.domain;

import dev.stockroom.platform.error.ConflictException;

/**
 * A receipt asks for more of a line than is open: a 409, and nothing of the receipt is
 * taken in.
 */
public class ReceiptExceedsOpenException extends ConflictException {

	private final long lineId;

	private final String aboutTheLine;

	public ReceiptExceedsOpenException(long lineId, int open, int asked) {
		this(lineId, open + " open; a receipt of " + asked + " is more than that");
	}

	private ReceiptExceedsOpenException(long lineId, String aboutTheLine) {
		super("receipt-exceeds-open", "Line " + lineId + " has " + aboutTheLine);
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
