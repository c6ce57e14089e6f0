package dev.stockroom.stock.admin;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;

import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_ADD;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_DELETE;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_VIEW;

/** Warehouses: a delete is refused once the warehouse has held stock. */
@Component
class WarehouseAdmin extends ModelAdmin {

	WarehouseAdmin(WarehouseService warehouses) {
		super(Registration.of("Warehouse")
			.slug("warehouses")
			.names("warehouse", "warehouses")
			.permissions(WAREHOUSE_VIEW, WAREHOUSE_ADD, WAREHOUSE_CHANGE, WAREHOUSE_DELETE));
		listDisplay(Column.of("code", "Code").link(), Column.of("name", "Name"),
				Column.of("active", "Active").as(Format.BOOLEAN));
		listFilter(ListFilter.bool("active", "Active"));
		searchFields("code", "name");
		ordering("code");
		fields(FormField.text("code", "Code"), FormField.text("name", "Name"), FormField.textarea("address", "Address"),
				FormField.checkbox("active", "Active"));
		saveWith((id, form) -> {
			WarehouseRequest request = new WarehouseRequest(form.text("code"), form.text("name"), form.text("address"),
					form.checked("active"), form.version());
			return (id == null) ? warehouses.create(form.valid(request)).id()
					: warehouses.update(id, form.valid(request, OnUpdate.class)).id();
		});
		deleteWith(warehouses::delete);
	}

}
