package dev.stockroom.stock.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductFilter;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;

/**
 * The select lists of the stock pages and the names beside ids in their tables. The lists
 * are bounded so that a catalog of 50,000 products does not become a 50,000-option page:
 * at most {@value #LIMIT} active products by SKU, narrowed by a search, and at most
 * {@value #LIMIT} active warehouses by code. A product chosen earlier stays in the list
 * even when the search would leave it out.
 */
@Component
class StockChoices {

	static final int LIMIT = 200;

	private final ProductService products;

	private final WarehouseService warehouses;

	StockChoices(ProductService products, WarehouseService warehouses) {
		this.products = products;
		this.warehouses = warehouses;
	}

	List<Option> products(String q, Long selected) {
		String query = (q != null && !q.isBlank() && q.length() <= 100) ? q : null;
		List<Option> options = new ArrayList<>(
				this.products.list(new ProductFilter(null, true, query), PageRequest.of(0, LIMIT, Sort.by("sku")))
					.map(StockChoices::option)
					.getContent());
		if (selected != null && options.stream().noneMatch((option) -> option.id() == selected)) {
			ProductSummary product = this.products.summaries(Set.of(selected)).get(selected);
			if (product != null) {
				options.add(0, new Option(product.id(), product.sku() + " · " + product.name()));
			}
		}
		return options;
	}

	List<Option> warehouses() {
		return this.warehouses.list(true, null, PageRequest.of(0, LIMIT, Sort.by("code")))
			.map((warehouse) -> new Option(warehouse.id(), warehouse.code() + " · " + warehouse.name()))
			.getContent();
	}

	/**
	 * @param offered the warehouses offered so far, by code
	 * @param ids warehouses that must be offered too (where the chosen product is
	 * stocked)
	 * @return the offered ones, then those of the ids that are active and were not
	 * offered, by code
	 */
	List<Option> withWarehouses(List<Option> offered, Collection<Long> ids) {
		Set<Long> missing = new HashSet<>(ids);
		offered.forEach((option) -> missing.remove(option.id()));
		if (missing.isEmpty()) {
			return offered;
		}
		List<Option> options = new ArrayList<>(offered);
		this.warehouses.byIds(missing)
			.values()
			.stream()
			.filter(WarehouseResponse::active)
			.sorted(Comparator.comparing(WarehouseResponse::code))
			.forEach((warehouse) -> options
				.add(new Option(warehouse.id(), warehouse.code() + " · " + warehouse.name())));
		return options;
	}

	/** Every warehouse, inactive ones too (their history stays), up to the limit. */
	List<Option> allWarehouses() {
		return this.warehouses.list(null, null, PageRequest.of(0, LIMIT, Sort.by("code")))
			.map((warehouse) -> new Option(warehouse.id(),
					warehouse.code() + " · " + warehouse.name() + (warehouse.active() ? "" : " (inactive)")))
			.getContent();
	}

	/** The products these ids name, in one query: for tables of ledger rows or levels. */
	Map<Long, ProductSummary> productsById(Collection<Long> ids) {
		return this.products.summaries(Set.copyOf(ids));
	}

	/** The warehouses these ids name, in one query. */
	Map<Long, WarehouseResponse> warehousesById(Collection<Long> ids) {
		return this.warehouses.byIds(Set.copyOf(ids));
	}

	/**
	 * Products and warehouses of a page of ledger rows (a transfer's counterpart too).
	 */
	Names names(Collection<StockMovementResponse> movements) {
		return new Names(productsById(movements.stream().map(StockMovementResponse::productId).toList()),
				warehousesById(warehouseIds(movements)));
	}

	/**
	 * Warehouses of one product's stock levels and ledger rows (a transfer's counterpart
	 * too), for that product's pages: no product names.
	 */
	Names warehouseNames(Collection<StockLevelResponse> levels, Collection<StockMovementResponse> movements) {
		Set<Long> ids = warehouseIds(movements);
		levels.forEach((level) -> ids.add(level.warehouseId()));
		return new Names(Map.of(), warehousesById(ids));
	}

	private static Set<Long> warehouseIds(Collection<StockMovementResponse> movements) {
		Set<Long> ids = new HashSet<>();
		movements.forEach((movement) -> {
			ids.add(movement.warehouseId());
			if (movement.counterpartWarehouseId() != null) {
				ids.add(movement.counterpartWarehouseId());
			}
		});
		return ids;
	}

	/** Products and warehouses of a page of stock levels. */
	Names levelNames(Collection<StockLevelResponse> levels) {
		return new Names(productsById(levels.stream().map(StockLevelResponse::productId).toList()),
				warehousesById(levels.stream().map(StockLevelResponse::warehouseId).toList()));
	}

	private static Option option(ProductResponse product) {
		return new Option(product.id(), product.sku() + " · " + product.name());
	}

	/**
	 * One choice of a select list.
	 *
	 * @param id the value sent
	 * @param label what the user reads
	 */
	record Option(long id, String label) {
	}

	/**
	 * What a table needs to show names instead of ids.
	 *
	 * @param products products by id
	 * @param warehouses warehouses by id
	 */
	record Names(Map<Long, ProductSummary> products, Map<Long, WarehouseResponse> warehouses) {

		public String product(long id) {
			ProductSummary product = this.products.get(id);
			return (product != null) ? product.sku() : "#" + id;
		}

		public String productName(long id) {
			ProductSummary product = this.products.get(id);
			return (product != null) ? product.name() : "";
		}

		public String warehouse(Long id) {
			if (id == null) {
				return "";
			}
			WarehouseResponse warehouse = this.warehouses.get(id);
			return (warehouse != null) ? warehouse.code() : "#" + id;
		}

		/** A ledger row as pages name it, e.g. {@code #12 at MAIN}. */
		public String entry(StockMovementResponse movement) {
			return StockMovementResponse.entryName(movement.sequence(), warehouse(movement.warehouseId()));
		}

	}

}
