package dev.stockroom.catalog.domain;

import dev.stockroom.platform.error.ResourceNotFoundException;

public class CategoryNotFoundException extends ResourceNotFoundException {

	public CategoryNotFoundException(long id) {
		super("Category", id);
	}

}
