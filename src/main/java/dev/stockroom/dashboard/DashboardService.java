package dev.stockroom.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.stock.ReorderSuggestion;
import dev.stockroom.stock.ReorderSuggestions;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;

/**
 * Reads the dashboard in a fixed number of SQL statements, whatever the size of the
 * catalog and the ledger: each figure is one aggregate query, the two lists are bounded,
 * and the names in them come in one query per module for the whole list. Days are UTC
 * days, like the ledger's timestamps.
 *
 * <p>
 * The result is cached with the low-level cache API (cache-aside: look up, else compute
 * and store), keyed by the UTC day so that midnight starts a new one. Every stock
 * movement and product change clears it after commit ({@link DashboardCacheEviction}), so
 * on-hand figures are never stale; a warehouse renamed shows its new code once the
 * entry's time to live ({@code stockroom.cache.ttl.dashboard}) has passed.
 */
@Service
class DashboardService {

	/** The cache of the dashboard, by UTC day. */
	static final String CACHE = "dashboard";

	static final int DAYS = 30;

	static final int LOW_STOCK_ROWS = 10;

	static final int RECENT_MOVEMENTS = 10;

	private final ProductService products;

	private final StockQueries stock;

	private final WarehouseService warehouses;

	private final ReorderSuggestions suggestions;

	private final Clock clock;

	private final CacheManager caches;

	private final TransactionTemplate readOnly;

	DashboardService(ProductService products, StockQueries stock, WarehouseService warehouses,
			ReorderSuggestions suggestions, Clock clock, CacheManager caches, PlatformTransactionManager transactions) {
		this.products = products;
		this.suggestions = suggestions;
		this.stock = stock;
		this.warehouses = warehouses;
		this.clock = clock;
		this.caches = caches;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * @return the dashboard, from the cache when it holds today's
	 */
	Dashboard read() {
		LocalDate today = today();
		Cache cache = this.caches.getCache(CACHE);
		if (cache == null) {
			return readNow(today);
		}
		return cache.get(today.toString(), () -> readNow(today));
	}

	/**
	 * Forgets today's cached dashboard; inside a transaction, once it commits. One key,
	 * not the whole cache: clearing a Redis cache means scanning Redis's keys, too much
	 * for every stock movement. Earlier days' entries are never read again and expire.
	 */
	void evict() {
		Cache cache = this.caches.getCache(CACHE);
		if (cache != null) {
			cache.evict(today().toString());
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	// One read-only transaction, so every figure is read at the same moment; only on a
	// miss, so a hit borrows no connection.
	private Dashboard readNow(LocalDate today) {
		return this.readOnly.execute((status) -> read(today));
	}

	private Dashboard read(LocalDate today) {
		Page<ReorderSuggestion> low = this.suggestions.lowStock(LOW_STOCK_ROWS);
		List<StockMovementResponse> recent = this.stock.latestMovements(RECENT_MOVEMENTS);

		Set<Long> productIds = new HashSet<>();
		Set<Long> warehouseIds = new HashSet<>();
		low.forEach((suggestion) -> warehouseIds.add(suggestion.level().warehouseId()));
		recent.forEach((movement) -> {
			productIds.add(movement.productId());
			warehouseIds.add(movement.warehouseId());
		});
		Map<Long, ProductSummary> productsById = this.products.summaries(productIds);
		Map<Long, WarehouseResponse> warehousesById = this.warehouses.byIds(warehouseIds);

		List<Dashboard.LowStockRow> lowStock = low.stream().map((suggestion) -> {
			ProductSummary product = suggestion.product();
			long productId = suggestion.level().productId();
			return new Dashboard.LowStockRow(suggestion.level(), sku(product, productId),
					(product != null) ? product.name() : "", code(warehousesById, suggestion.level().warehouseId()),
					suggestion.onOrder(), suggestion.suggestedOrder());
		}).toList();
		List<Dashboard.MovementRow> movements = recent.stream()
			.map((movement) -> new Dashboard.MovementRow(movement,
					sku(productsById.get(movement.productId()), movement.productId()),
					code(warehousesById, movement.warehouseId())))
			.toList();

		return new Dashboard(today, this.products.count(), this.stock.stockValue(), low.getTotalElements(),
				this.stock.movementsSince(today.atStartOfDay(ZoneOffset.UTC).toInstant()), lowStock, movements,
				this.stock.dailyReceiptsAndIssues(today.minusDays(DAYS - 1), today));
	}

	private static String sku(ProductSummary product, long id) {
		return (product != null) ? product.sku() : "#" + id;
	}

	private static String code(Map<Long, WarehouseResponse> warehouses, long id) {
		WarehouseResponse warehouse = warehouses.get(id);
		return (warehouse != null) ? warehouse.code() : "#" + id;
	}

}
