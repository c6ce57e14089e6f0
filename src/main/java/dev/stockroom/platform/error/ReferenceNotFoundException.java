package dev.stockroom.platform.error;

/**
 * A request body refers to something that does not exist (an unknown {@code productId}
 * inside a movement, say). The URL was fine, so this is not a 404 but a 422.
 */
public class ReferenceNotFoundException extends RuntimeException {

	private final String field;

	public ReferenceNotFoundException(String field, String resource, Object id) {
		super(resource + " " + id + " does not exist");
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
