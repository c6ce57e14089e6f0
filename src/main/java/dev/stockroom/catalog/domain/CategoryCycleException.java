package dev.stockroom.catalog.domain;

import dev.stockroom.platform.error.ConflictException;

/**
 * Moving a category under itself or one of its descendants would make the tree a loop.
 */
class CategoryCycleException extends ConflictException {

	CategoryCycleException(Category category, Category newParent) {
		super("category-cycle", "Category " + category.getId() + " cannot be placed under category " + newParent.getId()
				+ ": a category cannot be its own ancestor");
	}

}
