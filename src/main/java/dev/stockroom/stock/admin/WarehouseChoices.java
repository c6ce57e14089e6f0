package dev.stockroom.stock.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.stockroom.stock.WarehouseService;

/** The warehouses the stock admin's filters offer, read with one call. */
final class WarehouseChoices {

	// Every warehouse; past this many a select is no longer usable.
	private static final Pageable ALL = PageRequest.of(0, 500, Sort.by("name"));

	private WarehouseChoices() {
	}

	static Map<Long, String> of(WarehouseService warehouses) {
		Map<Long, String> choices = new LinkedHashMap<>();
		warehouses.list(null, null, ALL)
			.forEach((warehouse) -> choices.put(warehouse.id(), warehouse.code() + " · " + warehouse.name()));
		return choices;
	}

}
