package dev.stockroom.sales;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.pages.CrudPages;

import static dev.stockroom.platform.access.AccessRequirement.permission;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_ADD;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_SHIP;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_VIEW;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call sales' endpoints: everyone who reads orders ({@code sales_order.view})
 * reads them, their shipments and packing slips; a manager creates, edits, confirms and
 * cancels ({@code add}, {@code change}) and deletes drafts ({@code delete}); a clerk
 * ships ({@code sales_order.ship}).
 */
@Component
class SalesEndpointRules implements EndpointRules {

	static final String PAGES = "/sales-orders";

	@Override
	public List<EndpointRule> rules() {
		List<EndpointRule> rules = new ArrayList<>(EndpointRules.crudApi("/sales-orders", SALES_ORDER_VIEW,
				SALES_ORDER_ADD, SALES_ORDER_CHANGE, SALES_ORDER_DELETE));
		rules.add(EndpointRules.api(POST, "/sales-orders/{id}/confirm", permission(SALES_ORDER_CHANGE)));
		rules.add(EndpointRules.api(POST, "/sales-orders/{id}/cancel", permission(SALES_ORDER_CHANGE)));
		rules.add(EndpointRules.api(POST, "/sales-orders/{id}/shipments", permission(SALES_ORDER_SHIP)));
		rules.add(EndpointRules.api(GET, "/sales-orders/{id}/shipments", permission(SALES_ORDER_VIEW)));
		rules.add(EndpointRules.api(GET, "/sales-orders/{id}/shipments/{shipmentId}", permission(SALES_ORDER_VIEW)));
		rules.add(EndpointRules.api(GET, "/sales-orders/{id}/packing-slip", permission(SALES_ORDER_VIEW)));
		rules.addAll(CrudPages.endpointRules(PAGES, SALES_ORDER_VIEW, SALES_ORDER_ADD, SALES_ORDER_CHANGE,
				SALES_ORDER_DELETE));
		rules.add(EndpointRules.page(POST, PAGES + "/{id}/confirm", permission(SALES_ORDER_CHANGE)));
		rules.add(EndpointRules.page(POST, PAGES + "/{id}/cancel", permission(SALES_ORDER_CHANGE)));
		rules.add(EndpointRules.page(POST, PAGES + "/{id}/ship", permission(SALES_ORDER_SHIP)));
		rules.add(EndpointRules.page(GET, PAGES + "/{id}/packing-slip", permission(SALES_ORDER_VIEW)));
		return rules;
	}

}
