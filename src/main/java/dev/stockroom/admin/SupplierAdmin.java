package dev.stockroom.admin;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.api.OnUpdate;

/** Suppliers. */
@Component
class SupplierAdmin extends ModelAdmin {

	SupplierAdmin(SupplierService suppliers) {
		super("suppliers", "Supplier", "supplier", "supplier", "suppliers");
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
