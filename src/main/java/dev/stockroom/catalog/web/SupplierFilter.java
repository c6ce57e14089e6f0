package dev.stockroom.catalog.web;

import jakarta.validation.constraints.Size;

/**
 * The supplier list page's filters.
 *
 * @param active only active or only inactive suppliers
 * @param q part of the name, case-insensitive
 */
record SupplierFilter(Boolean active, @Size(max = 100) String q) {

	static SupplierFilter none() {
		return new SupplierFilter(null, null);
	}

}
