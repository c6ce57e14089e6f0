package dev.stockroom.catalog.domain;

import dev.stockroom.platform.error.ResourceNotFoundException;

public class SupplierNotFoundException extends ResourceNotFoundException {

	public SupplierNotFoundException(long id) {
		super("Supplier", id);
	}

}
