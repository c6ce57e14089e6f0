package dev.stockroom.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.stock.WarehouseService;

/**
 * The options of the selects and related-object filters the registrations share, each
 * read with one call to the owning module's service.
 */
final class Choices {

	// Selects list every related object; past this many a select is no longer usable
	// (Django's raw_id_fields would be the next step).
	private static final Pageable ALL = PageRequest.of(0, 500, Sort.by("name"));

	private Choices() {
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

	static Map<Long, String> warehouses(WarehouseService warehouses) {
		Map<Long, String> choices = new LinkedHashMap<>();
		warehouses.list(null, null, ALL)
			.forEach((warehouse) -> choices.put(warehouse.id(), warehouse.code() + " · " + warehouse.name()));
		return choices;
	}

	/**
	 * @return the related objects as a select's options, keyed by id as text
	 */
	static Map<String, String> asOptions(Map<Long, String> byId) {
		Map<String, String> options = new LinkedHashMap<>();
		byId.forEach((id, text) -> options.put(String.valueOf(id), text));
		return options;
	}

	static <E extends Enum<E>> Map<String, String> of(Class<E> type) {
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(type.getEnumConstants()).forEach((constant) -> options.put(constant.name(), constant.name()));
		return options;
	}

}
