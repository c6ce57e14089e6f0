package dev.stockroom.sales.admin;

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
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.sales.SalesOrderStatus;
import dev.stockroom.stock.WarehouseService;

import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_VIEW;

/**
 * Sales orders on the admin site: listed, filtered by state and warehouse, searched by
 * number, customer and email, each with its history (the audit trail records every change
 * of an order and its lines). No add or change form: an order's changes reserve and
 * release stock, so they happen on its own pages, which the entity and the service guard;
 * a draft may be deleted here (a confirmed order is refused, 409).
 */
@Component
class SalesOrderAdmin extends ModelAdmin {

	SalesOrderAdmin(SalesOrderService orders, WarehouseService warehouses) {
		super(Registration.of("SalesOrder")
			.slug("sales-orders")
			.names("sales order", "sales orders")
			.permission(Operation.VIEW, SALES_ORDER_VIEW)
			.permission(Operation.DELETE, SALES_ORDER_DELETE));
		listDisplay(Column.of("number", "Number").link(), Column.of("status", "Status"),
				Column.of("customerName", "Customer"), Column.of("warehouseId", "Warehouse id"),
				Column.of("createdBy", "By"), Column.of("createdAt", "Created").as(Format.TIMESTAMP));
		listFilter(ListFilter.choice("status", "Status", SalesOrderStatus.class),
				ListFilter.related("warehouseId", "Warehouse", () -> warehouses(warehouses)));
		searchFields("number", "customerName", "customerEmail");
		ordering("-id");
		fields(FormField.readOnly("number", "Number"), FormField.readOnly("status", "Status"),
				FormField.readOnly("customerName", "Customer"), FormField.readOnly("customerEmail", "Email"),
				FormField.readOnly("customerAddress", "Address"), FormField.readOnly("warehouseId", "Warehouse id"),
				FormField.readOnly("confirmedAt", "Confirmed"), FormField.readOnly("closedAt", "Closed"),
				FormField.readOnly("createdBy", "By"), FormField.readOnly("createdAt", "Created"));
		deleteWith(orders::delete);
	}

	// Every warehouse; past this many a select is no longer usable.
	private static Map<Long, String> warehouses(WarehouseService warehouses) {
		Map<Long, String> choices = new LinkedHashMap<>();
		warehouses.list(null, null, PageRequest.of(0, 500, Sort.by("code")))
			.forEach((warehouse) -> choices.put(warehouse.id(), warehouse.code() + " · " + warehouse.name()));
		return choices;
	}

}
