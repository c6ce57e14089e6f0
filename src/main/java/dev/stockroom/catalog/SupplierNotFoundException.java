package dev.stockroom.catalog;

import dev.stockroom.platform.ResourceNotFoundException;

class SupplierNotFoundException extends ResourceNotFoundException {

	SupplierNotFoundException(long id) {
		super("Supplier", id);
	}

}
