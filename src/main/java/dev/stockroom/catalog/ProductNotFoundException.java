package dev.stockroom.catalog;

import dev.stockroom.platform.ResourceNotFoundException;

class ProductNotFoundException extends ResourceNotFoundException {

	ProductNotFoundException(long id) {
		super("Product", id);
	}

}
