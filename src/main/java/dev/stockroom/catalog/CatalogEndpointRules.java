package dev.stockroom.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.catalog.web.CategoryPages;
import dev.stockroom.catalog.web.ProductPages;
import dev.stockroom.catalog.web.SupplierPages;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.pages.CrudPages;

import static dev.stockroom.platform.access.AccessRequirement.permission;
import static dev.stockroom.platform.access.EndpointRules.api;
import static dev.stockroom.platform.access.EndpointRules.page;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_ADD;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_DELETE;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_VIEW;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_ADD;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_DELETE;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_VIEW;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_ADD;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_VIEW;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may call the catalog's endpoints. A supplier's offer for a product (supplier SKU,
 * unit cost, lead time) is the supplier's terms: reading needs {@code supplier.view},
 * putting and removing one {@code supplier.change}. A product's dimensions and its image
 * are part of the product: {@code product.view} and {@code product.change}. Stored media
 * ({@code /media/{key}}, served by platform, only product images so far) need
 * {@code product.view}, not nothing: they are catalog data like the rest.
 */
@Component
class CatalogEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		List<EndpointRule> rules = new ArrayList<>();
		rules.addAll(EndpointRules.crudApi("/products", PRODUCT_VIEW, PRODUCT_ADD, PRODUCT_CHANGE, PRODUCT_DELETE));
		rules.add(api(GET, "/products/{id}/dimensions", permission(PRODUCT_VIEW)));
		rules.add(api(PUT, "/products/{id}/dimensions", permission(PRODUCT_CHANGE)));
		rules.add(api(PUT, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(api(DELETE, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(api(GET, "/products/{id}/offers", permission(SUPPLIER_VIEW)));
		rules.add(api(PUT, "/products/{id}/offers/{supplierId}", permission(SUPPLIER_CHANGE)));
		rules.add(api(DELETE, "/products/{id}/offers/{supplierId}", permission(SUPPLIER_CHANGE)));
		rules.addAll(
				EndpointRules.crudApi("/categories", CATEGORY_VIEW, CATEGORY_ADD, CATEGORY_CHANGE, CATEGORY_DELETE));
		rules
			.addAll(EndpointRules.crudApi("/suppliers", SUPPLIER_VIEW, SUPPLIER_ADD, SUPPLIER_CHANGE, SUPPLIER_DELETE));
		rules.addAll(
				CrudPages.endpointRules(ProductPages.PATH, PRODUCT_VIEW, PRODUCT_ADD, PRODUCT_CHANGE, PRODUCT_DELETE));
		rules.add(page(GET, "/products.csv", permission(PRODUCT_VIEW)));
		rules.add(page(GET, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(page(POST, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(page(GET, "/media/{key}", permission(PRODUCT_VIEW)));
		rules.addAll(CrudPages.endpointRules(CategoryPages.PATH, CATEGORY_VIEW, CATEGORY_ADD, CATEGORY_CHANGE,
				CATEGORY_DELETE));
		rules.addAll(CrudPages.endpointRules(SupplierPages.PATH, SUPPLIER_VIEW, SUPPLIER_ADD, SUPPLIER_CHANGE,
				SUPPLIER_DELETE));
		return rules;
	}

}
