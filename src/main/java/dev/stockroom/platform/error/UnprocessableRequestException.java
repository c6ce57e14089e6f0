package dev.stockroom.platform.error;

/**
 * The request is well formed and refers to things that exist, but cannot be carried out
 * as it stands (an idempotency key reused with a different body, for one): a 422.
 */
public class UnprocessableRequestException extends RuntimeException {

	private final String problemType;

	public UnprocessableRequestException(String problemType, String message) {
		super(message);
		this.problemType = problemType;
	}

	public String getProblemType() {
		return this.problemType;
	}

}
