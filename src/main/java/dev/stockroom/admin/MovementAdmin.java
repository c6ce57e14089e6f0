package dev.stockroom.admin;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.WarehouseService;

/**
 * The movement ledger, read-only: it is append-only, so the admin offers no add, change
 * or delete (a correction is a new adjustment, posted on the stock pages).
 */
@Component
class MovementAdmin extends ModelAdmin {

	MovementAdmin(ProductService products, WarehouseService warehouses) {
		super("movements", "StockMovement", "warehouse", "movement", "movements");
		listDisplay(Column.of("id", "Movement").link(), Column.of("createdAt", "When").as(Format.TIMESTAMP),
				Column.of("type", "Type"), Column.computed("product", "Product", (rows) -> {
					Map<Long, Long> productOf = new HashMap<>();
					rows.forEach((row) -> productOf.put(row.id(), (Long) row.get("productId")));
					Map<Long, String> skus = new HashMap<>();
					products.summaries(productOf.values()).forEach((id, summary) -> skus.put(id, summary.sku()));
					Map<Long, String> byRow = new HashMap<>();
					productOf.forEach((row, product) -> byRow.put(row, skus.getOrDefault(product, "#" + product)));
					return byRow;
				}), Column.of("productId", "Product id"), Column.of("warehouseId", "Warehouse id"),
				Column.of("sequenceNo", "No."), Column.of("quantityChange", "Change"),
				Column.of("resultingQuantity", "Resulting"), Column.of("createdBy", "By"));
		listFilter(ListFilter.choice("type", "Type", MovementType.class),
				ListFilter.related("warehouseId", "Warehouse", () -> Choices.warehouses(warehouses)),
				ListFilter.dateRange("createdAt", "When"));
		searchFields("reason", "reference", "createdBy");
		ordering("-id");
		listPerPage(50);
		fields(FormField.readOnly("type", "Type"), FormField.readOnly("productId", "Product id"),
				FormField.readOnly("warehouseId", "Warehouse id"),
				FormField.readOnly("counterpartWarehouseId", "Other warehouse id"),
				FormField.readOnly("sequenceNo", "No."), FormField.readOnly("quantityChange", "Change"),
				FormField.readOnly("resultingQuantity", "Resulting"), FormField.readOnly("reason", "Reason"),
				FormField.readOnly("reference", "Reference"), FormField.readOnly("createdBy", "By"),
				FormField.readOnly("createdAt", "When"));
	}

}
