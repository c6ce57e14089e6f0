package dev.stockroom.imports;

import dev.stockroom.platform.error.ResourceNotFoundException;

/** No import with that id belongs to the user asking: a 404, whoever's it is. */
public class ImportNotFoundException extends ResourceNotFoundException {

	ImportNotFoundException(long id) {
		super("Import", id);
	}

}
