package dev.stockroom.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductImport;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.ledger.Warehouse;
import dev.stockroom.stock.ledger.WarehouseRepository;

/**
 * Records the rows of a stock count file (an import's chunk): a COUNT movement per row,
 * through {@link StockLedger} like any other movement, so the ledger, the levels and
 * their rules stay the one path for stock. Every row is checked first (the product and
 * the warehouse exist, the warehouse is active, the count is 0 or more, the pair is once
 * in the chunk), so that the ledger refuses nothing and the chunk's transaction is never
 * spoiled by one bad row.
 */
@Service
public class StockCountImport {

	private final StockLedger ledger;

	private final ProductImport productIds;

	private final ProductService products;

	// Rows recorded between two clears of the persistence context: each movement leaves
	// its level and ledger row managed, and every flush would check them all again.
	private static final int CLEAR_EVERY = 100;

	private final WarehouseRepository warehouses;

	private final EntityManager entityManager;

	StockCountImport(StockLedger ledger, ProductImport productIds, ProductService products,
			WarehouseRepository warehouses, EntityManager entityManager) {
		this.ledger = ledger;
		this.productIds = productIds;
		this.products = products;
		this.warehouses = warehouses;
		this.entityManager = entityManager;
	}

	/**
	 * @param rows the chunk's rows
	 * @param actor who counted, recorded on the ledger rows
	 * @param reference the ledger rows' reference, e.g. {@code import 42}
	 * @return the problems of the rows left out; every other row is recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Problem> count(List<CountRow> rows, String actor, String reference) {
		Map<String, Long> bySku = this.productIds
			.idsBySku(rows.stream().map(CountRow::sku).filter((sku) -> sku != null && !sku.isBlank()).toList());
		Set<Long> knownIds = this.products
			.summaries(rows.stream().map(CountRow::productId).filter((id) -> id != null).toList())
			.keySet();
		Map<String, Warehouse> byCode = new HashMap<>();
		Map<Long, Warehouse> byId = new HashMap<>();
		this.warehouses.findAll().forEach((warehouse) -> {
			byCode.put(warehouse.getCode().toUpperCase(Locale.ROOT), warehouse);
			byId.put(warehouse.getId(), warehouse);
		});
		List<Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int recorded = 0;
		for (CountRow row : rows) {
			Long product = (row.productId() != null) ? (knownIds.contains(row.productId()) ? row.productId() : null)
					: (row.sku() != null) ? bySku.get(row.sku().strip().toUpperCase(Locale.ROOT)) : null;
			Warehouse warehouse = (row.warehouseId() != null) ? byId.get(row.warehouseId())
					: (row.warehouseCode() != null) ? byCode.get(row.warehouseCode().strip().toUpperCase(Locale.ROOT))
							: null;
			if (product == null) {
				problems.add(new Problem(row.line(), (row.productId() != null) ? "productId" : "sku",
						"No product " + ((row.productId() != null) ? row.productId() : row.sku())));
			}
			else if (warehouse == null) {
				problems.add(new Problem(row.line(), (row.warehouseId() != null) ? "warehouseId" : "warehouse",
						"No warehouse " + ((row.warehouseId() != null) ? row.warehouseId() : row.warehouseCode())));
			}
			else if (!warehouse.isActive()) {
				problems.add(new Problem(row.line(), "warehouse",
						"Warehouse " + warehouse.getCode() + " is inactive and takes no movements"));
			}
			else if (row.counted() == null || row.counted() < 0 || row.counted() > MovementRequest.MAX_QUANTITY) {
				problems.add(
						new Problem(row.line(), "onHand", "must be a count from 0 to " + MovementRequest.MAX_QUANTITY));
			}
			else if (!seen.add(product + "/" + warehouse.getId())) {
				problems.add(new Problem(row.line(), "sku",
						"This product is counted in this warehouse on an earlier line of the chunk too"));
			}
			else {
				this.ledger.recordFor(new MovementRequest(MovementType.COUNT, product, warehouse.getId(), null,
						row.counted(), "Stock count import", reference), actor);
				if (++recorded % CLEAR_EVERY == 0) {
					this.entityManager.flush();
					this.entityManager.clear();
				}
			}
		}
		return problems;
	}

	/**
	 * One counted row: the product by id or SKU, the warehouse by id or code.
	 *
	 * @param line the row's line in the file
	 * @param productId the product's id, or {@code null} to find it by SKU
	 * @param sku the product's SKU
	 * @param warehouseId the warehouse's id, or {@code null} to find it by code
	 * @param warehouseCode the warehouse's code
	 * @param counted what was counted
	 */
	public record CountRow(long line, Long productId, String sku, Long warehouseId, String warehouseCode,
			Integer counted) {
	}

	/**
	 * Why one row was not recorded.
	 *
	 * @param line the row's line in the file
	 * @param field the column
	 * @param message what is wrong
	 */
	public record Problem(long line, String field, String message) {
	}

}
