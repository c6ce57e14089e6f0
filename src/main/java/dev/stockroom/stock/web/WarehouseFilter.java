package dev.stockroom.stock.web;

import jakarta.validation.constraints.Size;

/**
 * The warehouse list's filter.
 *
 * @param q part of the code or name, case-insensitive
 */
record WarehouseFilter(@Size(max = 100) String q) {

	static WarehouseFilter none() {
		return new WarehouseFilter(null);
	}

}
