package dev.stockroom.platform.error;

/**
 * The resource named in the URL does not exist: a 404. Modules subclass it with their own
 * names ({@code ProductNotFoundException}) so that code reads in the language of the
 * domain.
 */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String resource, Object id) {
		super(resource + " " + id + " does not exist");
	}

}
