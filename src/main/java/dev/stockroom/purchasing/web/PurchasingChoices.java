package dev.stockroom.purchasing.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import dev.stockroom.catalog.SupplierService;
import dev.stockroom.stock.WarehouseService;

/**
 * The supplier and warehouse choices of the purchasing pages, bounded as the stock pages'
 * are: at most {@value #LIMIT} of each, by name and by code.
 */
@Component
class PurchasingChoices {

	static final int LIMIT = 200;

	private final SupplierService suppliers;

	private final WarehouseService warehouses;

	PurchasingChoices(SupplierService suppliers, WarehouseService warehouses) {
		this.suppliers = suppliers;
		this.warehouses = warehouses;
	}

	Map<Long, String> suppliers() {
		Map<Long, String> options = new LinkedHashMap<>();
		this.suppliers.list(null, null, PageRequest.of(0, LIMIT, Sort.by("name")))
			.forEach((supplier) -> options.put(supplier.id(), supplier.name()));
		return options;
	}

	Map<Long, String> warehouses() {
		Map<Long, String> options = new LinkedHashMap<>();
		this.warehouses.list(null, null, PageRequest.of(0, LIMIT, Sort.by("code")))
			.forEach((warehouse) -> options.put(warehouse.id(), warehouse.code() + " · " + warehouse.name()));
		return options;
	}

}
