package dev.stockroom.catalog.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.SupplierService;

/**
 * The categories and suppliers the catalog's selects and related-object filters offer,
 * each read with one call to the catalog's service.
 */
final class CatalogChoices {

	// Selects list every related object; past this many a select is no longer usable
	// (Django's raw_id_fields would be the next step).
	private static final Pageable ALL = PageRequest.of(0, 500, Sort.by("name"));

	private CatalogChoices() {
	}

	static Map<Long, String> categories(CategoryService categories) {
		Map<Long, String> choices = new LinkedHashMap<>();
		categories.all().forEach((category) -> choices.put(category.id(), category.name()));
		return choices;
	}

	static Map<Long, String> suppliers(SupplierService suppliers) {
		Map<Long, String> choices = new LinkedHashMap<>();
		suppliers.list(null, null, ALL).forEach((supplier) -> choices.put(supplier.id(), supplier.name()));
		return choices;
	}

}
