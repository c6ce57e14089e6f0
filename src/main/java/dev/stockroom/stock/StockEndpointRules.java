package dev.stockroom.stock;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.stock.web.StockOperation;

import static dev.stockroom.platform.access.AccessRequirement.permission;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_ADD;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_DELETE;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_VIEW;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call the stock module's endpoints. Reading stock (levels and the ledger) needs
 * {@code warehouse.view}: there is no {@code stock.view}, stock lives in warehouses and
 * belongs to this module as they do, and on-hand quantities are warehouse information
 * that a catalog reader ({@code product.view}) need not see; so does one product's stock
 * page. Posting a movement, by the API or a stock form, needs the permission of its type
 * ({@link MovementType#PERMISSIONS}).
 */
@Component
class StockEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		List<EndpointRule> rules = new ArrayList<>(EndpointRules.crudApi("/warehouses", WAREHOUSE_VIEW, WAREHOUSE_ADD,
				WAREHOUSE_CHANGE, WAREHOUSE_DELETE));
		rules.add(EndpointRules.api(GET, "/stock/levels", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.api(GET, "/stock/movements", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.api(GET, "/stock/movements/{id}", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.api(POST, "/stock/movements", MovementType.PERMISSIONS));
		for (StockOperation operation : StockOperation.values()) {
			String form = "/stock/" + operation.getName();
			rules.add(EndpointRules.page(GET, form, permission(operation.type().permission())));
			rules.add(EndpointRules.page(POST, form, permission(operation.type().permission())));
		}
		rules.add(EndpointRules.page(GET, "/stock/movements", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.page(GET, "/stock/movements.csv", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.page(GET, "/stock/levels", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.page(GET, "/products/{id}/stock", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.page(GET, "/warehouses", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.page(GET, "/warehouses/{id}", permission(WAREHOUSE_VIEW)));
		rules.add(EndpointRules.page(GET, "/warehouses/new", permission(WAREHOUSE_ADD)));
		rules.add(EndpointRules.page(POST, "/warehouses", permission(WAREHOUSE_ADD)));
		rules.add(EndpointRules.page(GET, "/warehouses/{id}/edit", permission(WAREHOUSE_CHANGE)));
		rules.add(EndpointRules.page(POST, "/warehouses/{id}", permission(WAREHOUSE_CHANGE)));
		return rules;
	}

}
