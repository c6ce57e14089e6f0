package dev.stockroom.catalog.domain;

import dev.stockroom.platform.error.ResourceNotFoundException;

public class ProductNotFoundException extends ResourceNotFoundException {

	public ProductNotFoundException(long id) {
		super("Product", id);
	}

}
