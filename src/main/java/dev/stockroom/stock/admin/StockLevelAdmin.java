package dev.stockroom.stock.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Registration;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.WarehouseService;

import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_VIEW;

/**
 * Stock levels, read-only: they change only through movements, which keep them equal to
 * the ledger, and reservations (sales orders). The product lives in the catalog (referred
 * to by id), so its SKU is a computed column: one batched catalog call per page.
 */
@Component
class StockLevelAdmin extends ModelAdmin {

	StockLevelAdmin(ProductService products, WarehouseService warehouses) {
		super(Registration.of("StockLevel")
			.slug("stock-levels")
			.names("stock level", "stock levels")
			.permissions(WAREHOUSE_VIEW));
		listDisplay(ProductSkuColumn.of(products).link(), Column.of("productId", "Product id"),
				Column.of("warehouse.code", "Warehouse"), Column.of("onHand", "On hand"),
				Column.of("reserved", "Reserved"),
				Column.computed("available", "Available", StockLevelAdmin::available),
				Column.of("reorderPoint", "Reorder point"));
		listFilter(ListFilter.related("warehouse.id", "Warehouse", () -> WarehouseChoices.of(warehouses)));
		searchFields("warehouse.code", "warehouse.name");
		ordering("productId");
		fields(FormField.readOnly("productId", "Product id"), FormField.readOnly("warehouse.code", "Warehouse"),
				FormField.readOnly("onHand", "On hand"), FormField.readOnly("reserved", "Reserved"),
				FormField.readOnly("reorderPoint", "Reorder point"), FormField.readOnly("movementCount", "Movements"),
				FormField.readOnly("updatedAt", "Last changed"));
	}

	// On hand less reserved, from the two columns to its left: no query of its own.
	private static Map<Long, Integer> available(List<AdminRow> rows) {
		Map<Long, Integer> values = new HashMap<>();
		for (AdminRow row : rows) {
			if (row.get("onHand") instanceof Integer onHand && row.get("reserved") instanceof Integer reserved) {
				values.put(row.id(), onHand - reserved);
			}
		}
		return values;
	}

}
