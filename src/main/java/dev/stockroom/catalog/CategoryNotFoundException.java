package dev.stockroom.catalog;

import dev.stockroom.platform.ResourceNotFoundException;

class CategoryNotFoundException extends ResourceNotFoundException {

	CategoryNotFoundException(long id) {
		super("Category", id);
	}

}
