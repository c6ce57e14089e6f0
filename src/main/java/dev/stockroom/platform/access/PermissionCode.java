package dev.stockroom.platform.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every permission the application checks, named {@code resource.action} (Django's
 * {@code app_label.codename}). The {@code permissions} table holds the same rows,
 * inserted by the migration; a test keeps the two equal, so code and database cannot
 * drift.
 */
public enum PermissionCode {

	PRODUCT_VIEW("product", "view", "Can view products"),

	PRODUCT_ADD("product", "add", "Can add products"),

	PRODUCT_CHANGE("product", "change", "Can change products"),

	PRODUCT_DELETE("product", "delete", "Can delete products"),

	CATEGORY_VIEW("category", "view", "Can view categories"),

	CATEGORY_ADD("category", "add", "Can add categories"),

	CATEGORY_CHANGE("category", "change", "Can change categories"),

	CATEGORY_DELETE("category", "delete", "Can delete categories"),

	SUPPLIER_VIEW("supplier", "view", "Can view suppliers"),

	SUPPLIER_ADD("supplier", "add", "Can add suppliers"),

	SUPPLIER_CHANGE("supplier", "change", "Can change suppliers"),

	SUPPLIER_DELETE("supplier", "delete", "Can delete suppliers"),

	WAREHOUSE_VIEW("warehouse", "view", "Can view warehouses"),

	WAREHOUSE_ADD("warehouse", "add", "Can add warehouses"),

	WAREHOUSE_CHANGE("warehouse", "change", "Can change warehouses"),

	WAREHOUSE_DELETE("warehouse", "delete", "Can delete warehouses"),

	USER_VIEW("user", "view", "Can view users"),

	USER_ADD("user", "add", "Can add users"),

	USER_CHANGE("user", "change", "Can change users"),

	USER_DELETE("user", "delete", "Can delete users"),

	GROUP_VIEW("group", "view", "Can view groups"),

	GROUP_ADD("group", "add", "Can add groups"),

	GROUP_CHANGE("group", "change", "Can change groups"),

	GROUP_DELETE("group", "delete", "Can delete groups"),

	API_TOKEN_VIEW("api_token", "view", "Can view API tokens"),

	API_TOKEN_DELETE("api_token", "delete", "Can revoke API tokens"),

	STOCK_RECEIVE("stock", "receive", "Can receive stock"),

	STOCK_ISSUE("stock", "issue", "Can issue stock"),

	STOCK_TRANSFER("stock", "transfer", "Can transfer stock between warehouses"),

	STOCK_ADJUST("stock", "adjust", "Can adjust stock"),

	STOCK_COUNT("stock", "count", "Can record stock counts"),

	JOB_VIEW("job", "view", "Can view background jobs"),

	JOB_CHANGE("job", "change", "Can retry and run background jobs"),

	JOB_DELETE("job", "delete", "Can delete background jobs"),

	PURCHASE_ORDER_VIEW("purchase_order", "view", "Can view purchase orders"),

	PURCHASE_ORDER_ADD("purchase_order", "add", "Can add purchase orders"),

	PURCHASE_ORDER_CHANGE("purchase_order", "change", "Can change, place and cancel purchase orders"),

	PURCHASE_ORDER_DELETE("purchase_order", "delete", "Can delete draft purchase orders"),

	PURCHASE_ORDER_RECEIVE("purchase_order", "receive", "Can receive goods against purchase orders"),

	SALES_ORDER_VIEW("sales_order", "view", "Can view sales orders"),

	SALES_ORDER_ADD("sales_order", "add", "Can add sales orders"),

	SALES_ORDER_CHANGE("sales_order", "change", "Can change, confirm and cancel sales orders"),

	SALES_ORDER_DELETE("sales_order", "delete", "Can delete draft sales orders"),

	SALES_ORDER_SHIP("sales_order", "ship", "Can ship sales orders");

	private final String resource;

	private final String action;

	private final String description;

	PermissionCode(String resource, String action, String description) {
		this.resource = resource;
		this.action = action;
		this.description = description;
	}

	/**
	 * @return the code as stored and checked, e.g. {@code product.view}
	 */
	public String code() {
		return this.resource + "." + this.action;
	}

	public String resource() {
		return this.resource;
	}

	public String action() {
		return this.action;
	}

	public String description() {
		return this.description;
	}

	/**
	 * @param code a code such as {@code stock.issue}
	 * @return the constant with that code, if there is one
	 */
	public static Optional<PermissionCode> ofCode(String code) {
		return Arrays.stream(values()).filter((permission) -> permission.code().equals(code)).findFirst();
	}

	@Override
	public String toString() {
		return code();
	}

}
