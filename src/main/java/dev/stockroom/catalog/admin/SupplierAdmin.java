package dev.stockroom.catalog.admin;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.api.OnUpdate;

import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_ADD;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_VIEW;

/** Suppliers. */
@Component
class SupplierAdmin extends ModelAdmin {

	SupplierAdmin(SupplierService suppliers) {
		super(Registration.of("Supplier")
			.slug("suppliers")
			.names("supplier", "suppliers")
			.permissions(SUPPLIER_VIEW, SUPPLIER_ADD, SUPPLIER_CHANGE, SUPPLIER_DELETE));
		listDisplay(Column.of("name", "Name").link(), Column.of("email", "Email"), Column.of("phone", "Phone"),
				Column.of("active", "Active").as(Format.BOOLEAN));
		listFilter(ListFilter.bool("active", "Active"));
		searchFields("name", "email");
		ordering("name");
		fields(FormField.text("name", "Name"), FormField.text("email", "Email"), FormField.text("phone", "Phone"),
				FormField.text("website", "Website"), FormField.checkbox("active", "Active"));
		saveWith((id, form) -> {
			SupplierRequest request = new SupplierRequest(form.text("name"), form.text("email"), form.text("phone"),
					form.text("website"), form.checked("active"), form.version());
			return (id == null) ? suppliers.create(form.valid(request)).id()
					: suppliers.update(id, form.valid(request, OnUpdate.class)).id();
		});
		deleteWith(suppliers::delete);
	}

}
