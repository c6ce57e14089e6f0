package dev.stockroom.purchasing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.pages.CrudPages;

import static dev.stockroom.platform.access.AccessRequirement.permission;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_ADD;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_RECEIVE;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_VIEW;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call purchasing's endpoints: everyone who reads orders
 * ({@code purchase_order.view}) reads them, their receipts, PDFs and the reorder
 * suggestions; a manager creates, edits, places and cancels ({@code add}, {@code change})
 * and deletes drafts ({@code delete}); a clerk receives ({@code purchase_order.receive}).
 */
@Component
class PurchasingEndpointRules implements EndpointRules {

	static final String PAGES = "/purchase-orders";

	static final String SUGGESTION_PAGE = "/reorder-suggestions";

	@Override
	public List<EndpointRule> rules() {
		List<EndpointRule> rules = new ArrayList<>(EndpointRules.crudApi("/purchase-orders", PURCHASE_ORDER_VIEW,
				PURCHASE_ORDER_ADD, PURCHASE_ORDER_CHANGE, PURCHASE_ORDER_DELETE));
		rules.add(EndpointRules.api(POST, "/purchase-orders/{id}/place", permission(PURCHASE_ORDER_CHANGE)));
		rules.add(EndpointRules.api(POST, "/purchase-orders/{id}/cancel", permission(PURCHASE_ORDER_CHANGE)));
		rules.add(EndpointRules.api(POST, "/purchase-orders/{id}/receipts", permission(PURCHASE_ORDER_RECEIVE)));
		rules.add(EndpointRules.api(GET, "/purchase-orders/{id}/receipts", permission(PURCHASE_ORDER_VIEW)));
		rules
			.add(EndpointRules.api(GET, "/purchase-orders/{id}/receipts/{receiptId}", permission(PURCHASE_ORDER_VIEW)));
		rules.add(EndpointRules.api(GET, "/purchase-orders/{id}/pdf", permission(PURCHASE_ORDER_VIEW)));
		rules.add(EndpointRules.api(GET, "/reorder-suggestions", permission(PURCHASE_ORDER_VIEW)));
		rules.add(EndpointRules.api(POST, "/reorder-suggestions/orders", permission(PURCHASE_ORDER_ADD)));
		rules.addAll(CrudPages.endpointRules(PAGES, PURCHASE_ORDER_VIEW, PURCHASE_ORDER_ADD, PURCHASE_ORDER_CHANGE,
				PURCHASE_ORDER_DELETE));
		rules.add(EndpointRules.page(POST, PAGES + "/{id}/place", permission(PURCHASE_ORDER_CHANGE)));
		rules.add(EndpointRules.page(POST, PAGES + "/{id}/cancel", permission(PURCHASE_ORDER_CHANGE)));
		rules.add(EndpointRules.page(POST, PAGES + "/{id}/receive", permission(PURCHASE_ORDER_RECEIVE)));
		rules.add(EndpointRules.page(GET, PAGES + "/{id}/pdf", permission(PURCHASE_ORDER_VIEW)));
		rules.add(EndpointRules.page(GET, SUGGESTION_PAGE, permission(PURCHASE_ORDER_VIEW)));
		rules.add(EndpointRules.page(POST, SUGGESTION_PAGE, permission(PURCHASE_ORDER_ADD)));
		return rules;
	}

}
