package dev.stockroom.catalog;

import jakarta.validation.constraints.Size;

/**
 * The product list's filters, bound from query parameters.
 *
 * @param category a category id; its sub-categories are included
 * @param active only active or only inactive products
 * @param q part of the SKU or name, case-insensitive, {@code %} and {@code _} taken
 * literally
 */
public record ProductFilter(Long category, Boolean active, @Size(max = 100) String q) {

	public static ProductFilter none() {
		return new ProductFilter(null, null, null);
	}

}
