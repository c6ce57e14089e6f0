package dev.stockroom.admin;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.WarehouseService;

/**
 * Stock levels, read-only: they change only through movements, which keep them equal to
 * the ledger. The product lives in the catalog (referred to by id), so its SKU is a
 * computed column: one batched catalog call per page.
 */
@Component
class StockLevelAdmin extends ModelAdmin {

	StockLevelAdmin(ProductService products, WarehouseService warehouses) {
		super("stock-levels", "StockLevel", "warehouse", "stock level", "stock levels");
		listDisplay(Column.computed("product", "Product", (rows) -> {
			Map<Long, Long> productOf = new HashMap<>();
			rows.forEach((row) -> productOf.put(row.id(), (Long) row.get("productId")));
			Map<Long, String> skus = new HashMap<>();
			products.summaries(productOf.values()).forEach((id, summary) -> skus.put(id, summary.sku()));
			Map<Long, String> byRow = new HashMap<>();
			productOf.forEach((row, product) -> byRow.put(row, skus.getOrDefault(product, "#" + product)));
			return byRow;
		}).link(), Column.of("productId", "Product id"), Column.of("warehouse.code", "Warehouse"),
				Column.of("onHand", "On hand"), Column.of("reorderPoint", "Reorder point"));
		listFilter(ListFilter.related("warehouse.id", "Warehouse", () -> Choices.warehouses(warehouses)));
		searchFields("warehouse.code", "warehouse.name");
		ordering("productId");
		fields(FormField.readOnly("productId", "Product id"), FormField.readOnly("warehouse.code", "Warehouse"),
				FormField.readOnly("onHand", "On hand"), FormField.readOnly("reorderPoint", "Reorder point"),
				FormField.readOnly("movementCount", "Movements"), FormField.readOnly("updatedAt", "Last changed"));
	}

}
