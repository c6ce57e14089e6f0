package dev.stockroom.platform.error;

/**
 * The request is well formed but clashes with the current state (not enough stock, a
 * duplicate SKU, a stale version, a delete that something still depends on): a 409.
 */
public class ConflictException extends RuntimeException {

	private final String problemType;

	/**
	 * @param problemType a short slug that names the kind of conflict in the problem's
	 * {@code type} URI, e.g. {@code insufficient-stock}
	 * @param message what went wrong, in words a user can act on
	 */
	public ConflictException(String problemType, String message) {
		super(message);
		this.problemType = problemType;
	}

	public String getProblemType() {
		return this.problemType;
	}

}
