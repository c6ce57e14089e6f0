package dev.stockroom.purchasing.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.admin.Registration;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.purchasing.PurchaseOrderStatus;

import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_VIEW;

/**
 * Purchase orders on the admin site: listed, filtered by state and supplier, searched by
 * number and notes, each with its history (the audit trail records every change of an
 * order and its lines). No add or change form: an order moves through its states on its
 * own pages, which the entity guards; a draft may be deleted here (a placed order is
 * refused, 409).
 */
@Component
class PurchaseOrderAdmin extends ModelAdmin {

	PurchaseOrderAdmin(PurchaseOrderService orders, SupplierService suppliers) {
		super(Registration.of("PurchaseOrder")
			.slug("purchase-orders")
			.names("purchase order", "purchase orders")
			.permission(Operation.VIEW, PURCHASE_ORDER_VIEW)
			.permission(Operation.DELETE, PURCHASE_ORDER_DELETE));
		listDisplay(Column.of("number", "Number").link(), Column.of("status", "Status"),
				Column.of("supplierId", "Supplier id"), Column.of("warehouseId", "Warehouse id"),
				Column.of("expectedDate", "Expected"), Column.of("createdBy", "By"),
				Column.of("createdAt", "Created").as(Format.TIMESTAMP));
		listFilter(ListFilter.choice("status", "Status", PurchaseOrderStatus.class),
				ListFilter.related("supplierId", "Supplier", () -> suppliers(suppliers)));
		searchFields("number", "notes");
		ordering("-id");
		fields(FormField.readOnly("number", "Number"), FormField.readOnly("status", "Status"),
				FormField.readOnly("supplierId", "Supplier id"), FormField.readOnly("warehouseId", "Warehouse id"),
				FormField.readOnly("expectedDate", "Expected"), FormField.readOnly("notes", "Notes"),
				FormField.readOnly("placedAt", "Placed"), FormField.readOnly("closedAt", "Closed"),
				FormField.readOnly("createdBy", "By"), FormField.readOnly("createdAt", "Created"));
		deleteWith(orders::delete);
	}

	// Every supplier; past this many a select is no longer usable.
	private static Map<Long, String> suppliers(SupplierService suppliers) {
		Map<Long, String> choices = new LinkedHashMap<>();
		suppliers.list(null, null, PageRequest.of(0, 500, Sort.by("name")))
			.forEach((supplier) -> choices.put(supplier.id(), supplier.name()));
		return choices;
	}

}
