package dev.stockroom.stock.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.WarehouseService;

import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_VIEW;

/**
 * The movement ledger, read-only: it is append-only, so the admin offers no add, change
 * or delete (a correction is a new adjustment, posted on the stock pages).
 */
@Component
class MovementAdmin extends ModelAdmin {

	private final WarehouseService warehouses;

	MovementAdmin(ProductService products, WarehouseService warehouses) {
		super(Registration.of("StockMovement")
			.slug("movements")
			.names("movement", "movements")
			.permissions(WAREHOUSE_VIEW));
		listDisplay(LedgerEntryColumn.of(warehouses), Column.of("createdAt", "When").as(Format.TIMESTAMP),
				Column.of("type", "Type"), ProductSkuColumn.of(products), Column.of("productId", "Product id"),
				Column.of("warehouseId", "Warehouse id"), Column.of("sequenceNo", "No."),
				Column.of("quantityChange", "Change"), Column.of("resultingQuantity", "Resulting"),
				Column.of("createdBy", "By"));
		listFilter(ListFilter.choice("type", "Type", MovementType.class),
				ListFilter.related("warehouseId", "Warehouse", () -> WarehouseChoices.of(warehouses)),
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
		this.warehouses = warehouses;
	}

	/*
	 * The change form and the history read one row without computed columns: name it the
	 * same way the list does, rather than by its row id.
	 */
	@Override
	public String describe(AdminRow row) {
		Object entry = row.get(LedgerEntryColumn.NAME);
		return (entry != null) ? entry.toString()
				: LedgerEntryColumn.names(this.warehouses, List.of(row)).get(row.id());
	}

}
