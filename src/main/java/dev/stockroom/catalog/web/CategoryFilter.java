package dev.stockroom.catalog.web;

import jakarta.validation.constraints.Size;

/**
 * The category list page's filters.
 *
 * @param parent only the direct children of this category
 * @param q part of the name, case-insensitive
 */
record CategoryFilter(Long parent, @Size(max = 100) String q) {

	static CategoryFilter none() {
		return new CategoryFilter(null, null);
	}

}
