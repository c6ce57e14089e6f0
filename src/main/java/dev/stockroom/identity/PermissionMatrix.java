package dev.stockroom.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

import dev.stockroom.identity.AccessRequirement.PermissionByMovementType;
import dev.stockroom.identity.EndpointRule.Availability;
import dev.stockroom.platform.api.ApiController;

import static dev.stockroom.identity.AccessRequirement.AUTHENTICATED;
import static dev.stockroom.identity.AccessRequirement.PUBLIC;
import static dev.stockroom.identity.AccessRequirement.STAFF;
import static dev.stockroom.identity.AccessRequirement.permission;
import static dev.stockroom.identity.PermissionCode.CATEGORY_ADD;
import static dev.stockroom.identity.PermissionCode.CATEGORY_CHANGE;
import static dev.stockroom.identity.PermissionCode.CATEGORY_DELETE;
import static dev.stockroom.identity.PermissionCode.CATEGORY_VIEW;
import static dev.stockroom.identity.PermissionCode.PRODUCT_ADD;
import static dev.stockroom.identity.PermissionCode.PRODUCT_CHANGE;
import static dev.stockroom.identity.PermissionCode.PRODUCT_DELETE;
import static dev.stockroom.identity.PermissionCode.PRODUCT_VIEW;
import static dev.stockroom.identity.PermissionCode.STOCK_ADJUST;
import static dev.stockroom.identity.PermissionCode.STOCK_COUNT;
import static dev.stockroom.identity.PermissionCode.STOCK_ISSUE;
import static dev.stockroom.identity.PermissionCode.STOCK_RECEIVE;
import static dev.stockroom.identity.PermissionCode.STOCK_TRANSFER;
import static dev.stockroom.identity.PermissionCode.SUPPLIER_ADD;
import static dev.stockroom.identity.PermissionCode.SUPPLIER_CHANGE;
import static dev.stockroom.identity.PermissionCode.SUPPLIER_DELETE;
import static dev.stockroom.identity.PermissionCode.SUPPLIER_VIEW;
import static dev.stockroom.identity.PermissionCode.WAREHOUSE_ADD;
import static dev.stockroom.identity.PermissionCode.WAREHOUSE_CHANGE;
import static dev.stockroom.identity.PermissionCode.WAREHOUSE_DELETE;
import static dev.stockroom.identity.PermissionCode.WAREHOUSE_VIEW;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The single source of who may call which endpoint: one {@link EndpointRule} per HTTP
 * method and path pattern. The security configuration
 * ({@link MatrixAuthorizationManager}), the buttons a page shows ({@link PageAccess}) and
 * a test of every endpoint for every role are derived from it, so that the three cannot
 * disagree. A request no row matches is denied (deny by default), and a test compares the
 * API rows with Spring MVC's handler methods, so that a new endpoint without a row fails
 * the build.
 *
 * <p>
 * Reading stock (levels and the ledger) needs {@code warehouse.view}: there is no
 * {@code stock.view}, stock lives in warehouses and belongs to the stock module as they
 * do, and on-hand quantities are warehouse information that a catalog reader
 * ({@code product.view}) need not see. Posting a movement needs the permission of its
 * type ({@link PermissionByMovementType}). A supplier's offer for a product (supplier
 * SKU, unit cost, lead time) is the supplier's terms: reading needs
 * {@code supplier.view}, putting and removing one {@code supplier.change}. A product's
 * dimensions and its image are part of the product: {@code product.view} and
 * {@code product.change}. Stored media ({@code /media/{key}}, only product images so far)
 * need {@code product.view}, not nothing: they are catalog data like the rest.
 *
 * <p>
 * {@code MatrixAuthorizationManager} enforces the rows for every request, pages and API
 * alike.
 */
public final class PermissionMatrix {

	/** Where the versioned REST API is served. */
	public static final String API_PREFIX = ApiController.V1;

	/**
	 * The permission each movement type needs, keyed by the stock module's type names.
	 */
	public static final PermissionByMovementType MOVEMENT_PERMISSIONS = new PermissionByMovementType(
			Map.of("RECEIPT", STOCK_RECEIVE, "ISSUE", STOCK_ISSUE, "TRANSFER", STOCK_TRANSFER, "ADJUSTMENT",
					STOCK_ADJUST, "COUNT", STOCK_COUNT));

	private static final PermissionMatrix STANDARD = new PermissionMatrix(standardRules());

	private final List<EndpointRule> rules;

	private final List<PathPattern> patterns;

	/**
	 * @param rules the rows; at most one per method and pattern
	 */
	public PermissionMatrix(List<EndpointRule> rules) {
		Set<String> seen = new HashSet<>();
		for (EndpointRule rule : rules) {
			if (!seen.add(rule.method() + " " + rule.pattern())) {
				throw new IllegalArgumentException("Two rows for " + rule.method() + " " + rule.pattern());
			}
		}
		this.rules = List.copyOf(rules);
		this.patterns = this.rules.stream().map(EndpointRule::pathPattern).toList();
	}

	/**
	 * @return Stockroom's matrix
	 */
	public static PermissionMatrix standard() {
		return STANDARD;
	}

	/**
	 * @return every row, in the order written
	 */
	public List<EndpointRule> rules() {
		return this.rules;
	}

	/**
	 * Finds the row for a concrete request, matching paths the way Spring MVC does
	 * ({@link PathPattern}); the most specific pattern wins should several match. HEAD is
	 * answered by GET's row, as Spring MVC answers HEAD with the GET handler.
	 * @param method the request's method
	 * @param path the request's path, without query string, e.g.
	 * {@code /api/v1/products/42}
	 * @return the row, or empty when none matches (which means: deny)
	 */
	public Optional<EndpointRule> requiredFor(HttpMethod method, String path) {
		HttpMethod effective = HttpMethod.HEAD.equals(method) ? GET : method;
		PathContainer container = PathContainer.parsePath(path);
		List<Integer> matches = new ArrayList<>();
		for (int i = 0; i < this.rules.size(); i++) {
			if (this.rules.get(i).method().equals(effective) && this.patterns.get(i).matches(container)) {
				matches.add(i);
			}
		}
		return matches.stream()
			.min(Comparator.comparing(this.patterns::get, PathPattern.SPECIFICITY_COMPARATOR))
			.map(this.rules::get);
	}

	/**
	 * Whether an authenticated user holding these permissions may make the request. For
	 * {@code POST /api/v1/stock/movements} the answer is whether the user may post some
	 * movement; the type in the body is checked with {@link #MOVEMENT_PERMISSIONS}.
	 * @param permissions the user's permission codes, as
	 * {@link UserService#permissionsOf(String)} answers them
	 * @param method the request's method
	 * @param path the request's path
	 * @return true if a row matches and its requirement is met; false otherwise
	 */
	public boolean allows(Set<String> permissions, HttpMethod method, String path) {
		return requiredFor(method, path).map((rule) -> rule.requirement().allows(permissions)).orElse(false);
	}

	private static List<EndpointRule> standardRules() {
		List<EndpointRule> rules = new ArrayList<>();
		crud(rules, "/products", PRODUCT_VIEW, PRODUCT_ADD, PRODUCT_CHANGE, PRODUCT_DELETE);
		rules.add(api(GET, "/products/{id}/dimensions", permission(PRODUCT_VIEW)));
		rules.add(api(PUT, "/products/{id}/dimensions", permission(PRODUCT_CHANGE)));
		rules.add(api(PUT, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(api(DELETE, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(api(GET, "/products/{id}/offers", permission(SUPPLIER_VIEW)));
		rules.add(api(PUT, "/products/{id}/offers/{supplierId}", permission(SUPPLIER_CHANGE)));
		rules.add(api(DELETE, "/products/{id}/offers/{supplierId}", permission(SUPPLIER_CHANGE)));
		crud(rules, "/categories", CATEGORY_VIEW, CATEGORY_ADD, CATEGORY_CHANGE, CATEGORY_DELETE);
		crud(rules, "/suppliers", SUPPLIER_VIEW, SUPPLIER_ADD, SUPPLIER_CHANGE, SUPPLIER_DELETE);
		crud(rules, "/warehouses", WAREHOUSE_VIEW, WAREHOUSE_ADD, WAREHOUSE_CHANGE, WAREHOUSE_DELETE);
		rules.add(api(GET, "/stock/levels", permission(WAREHOUSE_VIEW)));
		rules.add(api(GET, "/stock/movements", permission(WAREHOUSE_VIEW)));
		rules.add(api(GET, "/stock/movements/{id}", permission(WAREHOUSE_VIEW)));
		rules.add(api(POST, "/stock/movements", MOVEMENT_PERMISSIONS));
		rules.add(api(POST, "/auth/token", PUBLIC));
		rules.add(api(POST, "/auth/refresh", PUBLIC));
		rules.add(api(POST, "/auth/logout", AUTHENTICATED));
		rules.add(api(GET, "/account/tokens", AUTHENTICATED));
		rules.add(api(POST, "/account/tokens", AUTHENTICATED));
		rules.add(api(DELETE, "/account/tokens/{id}", AUTHENTICATED));
		actuator(rules);
		rules.add(new EndpointRule(GET, "/v3/api-docs/**", PUBLIC, Availability.DEV_ONLY));
		rules.add(new EndpointRule(GET, "/swagger-ui/**", PUBLIC, Availability.DEV_ONLY));
		rules.add(new EndpointRule(GET, "/swagger-ui.html", PUBLIC, Availability.DEV_ONLY));
		bench(rules);
		pages(rules);
		return rules;
	}

	/*
	 * Health and the probes are public (load balancers, Docker and Kubernetes ask without
	 * credentials) and say UP or DOWN only. Everything else under /actuator is for
	 * superusers, in every profile: the index, metrics and build information (Prometheus
	 * scrapes with a superuser's API token), and whatever endpoint is exposed later, so
	 * that exposing one never opens it to every signed-in user (a path without a row
	 * would be let through to any of them).
	 */
	private static void actuator(List<EndpointRule> rules) {
		rules.add(new EndpointRule(GET, "/actuator/health", PUBLIC, Availability.FRAMEWORK));
		rules.add(new EndpointRule(GET, "/actuator/health/liveness", PUBLIC, Availability.FRAMEWORK));
		rules.add(new EndpointRule(GET, "/actuator/health/readiness", PUBLIC, Availability.FRAMEWORK));
		rules.add(new EndpointRule(GET, "/actuator", AccessRequirement.SUPERUSER, Availability.FRAMEWORK));
		for (HttpMethod method : List.of(GET, POST, DELETE)) {
			rules.add(new EndpointRule(method, "/actuator/**", AccessRequirement.SUPERUSER, Availability.FRAMEWORK));
		}
	}

	// The benchmark's calibration endpoints (bench profile only). The static answer is
	// public so that it measures HTTP and JSON alone, with no database behind it, not
	// even the look-up of a token; the plain JDBC read needs what the product detail
	// needs, so that the two differ only in how the product is read.
	private static void bench(List<EndpointRule> rules) {
		rules.add(new EndpointRule(GET, API_PREFIX + "/bench/static", PUBLIC, Availability.BENCH_ONLY));
		rules.add(new EndpointRule(GET, API_PREFIX + "/bench/products/{id}", permission(PRODUCT_VIEW),
				Availability.BENCH_ONLY));
	}

	// The web pages. The sign-in, registration and password-reset pages are public; the
	// form login itself (POST /login) and POST /logout are answered by Spring Security's
	// filters, before any controller.
	private static void pages(List<EndpointRule> rules) {
		for (String path : List.of("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")) {
			rules.add(new EndpointRule(GET, path, PUBLIC, Availability.FRAMEWORK));
		}
		rules.add(page(GET, "/login", PUBLIC));
		rules.add(new EndpointRule(POST, "/login", PUBLIC, Availability.FRAMEWORK));
		rules.add(new EndpointRule(POST, "/logout", PUBLIC, Availability.FRAMEWORK));
		rules.add(page(GET, "/register", PUBLIC));
		rules.add(page(POST, "/register", PUBLIC));
		rules.add(page(GET, "/password-reset", PUBLIC));
		rules.add(page(POST, "/password-reset", PUBLIC));
		rules.add(page(GET, "/password-reset/{token}", PUBLIC));
		rules.add(page(POST, "/password-reset/{token}", PUBLIC));
		rules.add(page(GET, "/", AUTHENTICATED));
		rules.add(page(GET, "/account/password", AUTHENTICATED));
		rules.add(page(POST, "/account/password", AUTHENTICATED));
		rules.add(page(GET, "/account/profile", AUTHENTICATED));
		rules.add(page(POST, "/account/profile", AUTHENTICATED));
		rules.add(page(GET, "/account/tokens", AUTHENTICATED));
		rules.add(page(POST, "/account/tokens", AUTHENTICATED));
		rules.add(page(POST, "/account/tokens/{id}/revoke", AUTHENTICATED));
		crudPages(rules, "/products", PRODUCT_VIEW, PRODUCT_ADD, PRODUCT_CHANGE, PRODUCT_DELETE);
		rules.add(page(GET, "/products.csv", permission(PRODUCT_VIEW)));
		rules.add(page(GET, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(page(POST, "/products/{id}/image", permission(PRODUCT_CHANGE)));
		rules.add(page(GET, "/media/{key}", permission(PRODUCT_VIEW)));
		crudPages(rules, "/categories", CATEGORY_VIEW, CATEGORY_ADD, CATEGORY_CHANGE, CATEGORY_DELETE);
		crudPages(rules, "/suppliers", SUPPLIER_VIEW, SUPPLIER_ADD, SUPPLIER_CHANGE, SUPPLIER_DELETE);
		stockPages(rules);
		adminPages(rules);
	}

	// The admin site: staff only at the door; which models a user may see, add,
	// change or delete is checked by the site against each ModelAdmin's permissions
	// (403 on refusal), so that a new model needs no rows here.
	private static void adminPages(List<EndpointRule> rules) {
		rules.add(page(GET, "/admin", STAFF));
		rules.add(page(GET, "/admin/{model}", STAFF));
		rules.add(page(POST, "/admin/{model}", STAFF));
		rules.add(page(GET, "/admin/{model}/new", STAFF));
		rules.add(page(POST, "/admin/{model}/new", STAFF));
		rules.add(page(GET, "/admin/{model}/{id}", STAFF));
		rules.add(page(POST, "/admin/{model}/{id}", STAFF));
		rules.add(page(GET, "/admin/{model}/{id}/history", STAFF));
		rules.add(page(GET, "/admin/{model}/{id}/delete", STAFF));
		rules.add(page(POST, "/admin/{model}/{id}/delete", STAFF));
	}

	// The stock forms need their movement type's permission, as the API's POST does;
	// reading stock needs warehouse.view (see the class comment), and so does one
	// product's stock page, which shows warehouse information.
	private static void stockPages(List<EndpointRule> rules) {
		Map<String, PermissionCode> forms = Map.of("/stock/receive", STOCK_RECEIVE, "/stock/issue", STOCK_ISSUE,
				"/stock/transfer", STOCK_TRANSFER, "/stock/adjust", STOCK_ADJUST, "/stock/count", STOCK_COUNT);
		forms.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((form) -> {
			rules.add(page(GET, form.getKey(), permission(form.getValue())));
			rules.add(page(POST, form.getKey(), permission(form.getValue())));
		});
		rules.add(page(GET, "/stock/movements", permission(WAREHOUSE_VIEW)));
		rules.add(page(GET, "/stock/movements.csv", permission(WAREHOUSE_VIEW)));
		rules.add(page(GET, "/stock/levels", permission(WAREHOUSE_VIEW)));
		rules.add(page(GET, "/products/{id}/stock", permission(WAREHOUSE_VIEW)));
		rules.add(page(GET, "/warehouses", permission(WAREHOUSE_VIEW)));
		rules.add(page(GET, "/warehouses/{id}", permission(WAREHOUSE_VIEW)));
		rules.add(page(GET, "/warehouses/new", permission(WAREHOUSE_ADD)));
		rules.add(page(POST, "/warehouses", permission(WAREHOUSE_ADD)));
		rules.add(page(GET, "/warehouses/{id}/edit", permission(WAREHOUSE_CHANGE)));
		rules.add(page(POST, "/warehouses/{id}", permission(WAREHOUSE_CHANGE)));
	}

	// The pages platform's CrudPages serves for a resource: the form and its POST share a
	// path and a permission, as Django's views do; a delete needs its permission to see
	// the confirmation too.
	private static void crudPages(List<EndpointRule> rules, String resource, PermissionCode view, PermissionCode add,
			PermissionCode change, PermissionCode delete) {
		rules.add(page(GET, resource, permission(view)));
		rules.add(page(GET, resource + "/{id}", permission(view)));
		rules.add(page(GET, resource + "/new", permission(add)));
		rules.add(page(POST, resource + "/new", permission(add)));
		rules.add(page(GET, resource + "/{id}/edit", permission(change)));
		rules.add(page(POST, resource + "/{id}/edit", permission(change)));
		rules.add(page(GET, resource + "/{id}/delete", permission(delete)));
		rules.add(page(POST, resource + "/{id}/delete", permission(delete)));
	}

	// The five rows every resource of the API has: list, read, create, update, delete.
	private static void crud(List<EndpointRule> rules, String resource, PermissionCode view, PermissionCode add,
			PermissionCode change, PermissionCode delete) {
		rules.add(api(GET, resource, permission(view)));
		rules.add(api(GET, resource + "/{id}", permission(view)));
		rules.add(api(POST, resource, permission(add)));
		rules.add(api(PUT, resource + "/{id}", permission(change)));
		rules.add(api(DELETE, resource + "/{id}", permission(delete)));
	}

	private static EndpointRule api(HttpMethod method, String path, AccessRequirement requirement) {
		return new EndpointRule(method, API_PREFIX + path, requirement, Availability.ALWAYS);
	}

	private static EndpointRule page(HttpMethod method, String path, AccessRequirement requirement) {
		return new EndpointRule(method, path, requirement, Availability.ALWAYS);
	}

}
