package dev.stockroom.stock.web;

import dev.stockroom.stock.MovementType;

/**
 * The five stock forms, each a movement type behind a page of its own: the path decides
 * the type (never a form field), so the permission matrix's row for the path is the
 * permission the movement needs.
 */
public enum StockOperation {

	RECEIVE(MovementType.RECEIPT, "receive", "Receive stock", "Received"),

	ISSUE(MovementType.ISSUE, "issue", "Issue stock", "Issued"),

	TRANSFER(MovementType.TRANSFER, "transfer", "Transfer stock", "Transferred"),

	ADJUST(MovementType.ADJUSTMENT, "adjust", "Adjust stock", "Adjusted"),

	COUNT(MovementType.COUNT, "count", "Record a stock count", "Counted");

	private final MovementType type;

	private final String name;

	private final String title;

	private final String done;

	StockOperation(MovementType type, String name, String title, String done) {
		this.type = type;
		this.name = name;
		this.title = title;
		this.done = done;
	}

	/**
	 * @param path a form's path, e.g. {@code /stock/receive}
	 * @return the operation behind it
	 * @throws IllegalArgumentException for a path that is no stock form's
	 */
	static StockOperation ofPath(String path) {
		for (StockOperation operation : values()) {
			if (operation.getPath().equals(path)) {
				return operation;
			}
		}
		throw new IllegalArgumentException("No stock form at " + path);
	}

	public MovementType type() {
		return this.type;
	}

	/** The last part of the form's path, e.g. {@code receive}. */
	public String getName() {
		return this.name;
	}

	public String getPath() {
		return "/stock/" + this.name;
	}

	public String getTitle() {
		return this.title;
	}

	/** The past tense a confirmation starts with, e.g. {@code Received}. */
	public String getDone() {
		return this.done;
	}

	public boolean isTransfer() {
		return this.type == MovementType.TRANSFER;
	}

	public boolean isSigned() {
		return this.type == MovementType.ADJUSTMENT;
	}

	public boolean isCount() {
		return this.type == MovementType.COUNT;
	}

}
