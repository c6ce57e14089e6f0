package dev.stockroom.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;

import dev.stockroom.platform.access.AccessRequirement.PermissionByType;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.stock.MovementType;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The permission matrix answers for concrete requests as Spring MVC would route them,
 * denies what it does not list, and gives each built-in role what its description
 * promises.
 */
class PermissionMatrixTests {

	private final PermissionMatrix matrix = StandardMatrix.get();

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/products, /api/v1/products", "GET, /api/v1/products/42, /api/v1/products/{id}",
			"HEAD, /api/v1/products/42, /api/v1/products/{id}", "DELETE, /api/v1/categories/7, /api/v1/categories/{id}",
			"GET, /api/v1/products/42/dimensions, /api/v1/products/{id}/dimensions",
			"GET, /api/v1/products/42/offers, /api/v1/products/{id}/offers",
			"PUT, /api/v1/products/42/offers/9, /api/v1/products/{id}/offers/{supplierId}",
			"GET, /api/v1/stock/levels, /api/v1/stock/levels",
			"GET, /api/v1/stock/movements/3, /api/v1/stock/movements/{id}",
			"POST, /api/v1/stock/movements, /api/v1/stock/movements", "POST, /api/v1/auth/token, /api/v1/auth/token",
			"GET, /actuator/health, /actuator/health", "GET, /actuator, /actuator",
			"GET, /actuator/prometheus, /actuator/**", "GET, /actuator/env, /actuator/**",
			"POST, /actuator/health, /actuator/**", "GET, /actuator/health/readiness, /actuator/health/readiness",
			"GET, /v3/api-docs, /v3/api-docs/**", "GET, /v3/api-docs/swagger-config, /v3/api-docs/**",
			"GET, /swagger-ui/index.html, /swagger-ui/**" })
	void resolvesConcretePathsToTheirRow(String method, String path, String pattern) {
		assertThat(this.matrix.requiredFor(HttpMethod.valueOf(method), path)).map(EndpointRule::pattern)
			.contains(pattern);
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/unknown", "GET, /api/v1/products/42/unknown", "GET, /api/v1/products/",
			"PATCH, /api/v1/products/42", "PUT, /api/v1/stock/movements/3", "DELETE, /api/v1/stock/movements/3",
			"POST, /api/v1/stock/levels", "GET, /api/v1/auth/token", "PUT, /actuator/health",
			"GET, /admin/products/1/unknown", "GET, /account/unknown" })
	void unknownRequestsHaveNoRowAndAreDenied(String method, String path) {
		assertThat(this.matrix.requiredFor(HttpMethod.valueOf(method), path)).isEmpty();
		assertThat(this.matrix.allows(codes(BuiltInRole.ADMIN), HttpMethod.valueOf(method), path)).isFalse();
	}

	@Test
	void everyActuatorRowButHealthIsForSuperusers() {
		assertThat(this.matrix.rules().stream().filter((rule) -> rule.pattern().startsWith("/actuator")))
			.allSatisfy((rule) -> assertThat(rule.requirement()).isEqualTo(rule.pattern().startsWith("/actuator/health")
					? AccessRequirement.PUBLIC : AccessRequirement.SUPERUSER));
		assertThat(this.matrix.allows(codes(BuiltInRole.ADMIN), HttpMethod.GET, "/actuator")).isFalse();
	}

	@Test
	void refusesTwoRowsForOneMethodAndPattern() {
		EndpointRule rule = new EndpointRule(HttpMethod.GET, "/api/v1/things", AccessRequirement.PUBLIC,
				Availability.ALWAYS);

		assertThatIllegalArgumentException().isThrownBy(() -> new PermissionMatrix(List.of(rule, rule)));
	}

	@Test
	void publicEndpointsAreTheSignInPagesTokenEndpointsHealthStaticFilesAndTheDevApiDocs() {
		assertThat(this.matrix.rules()
			.stream()
			.filter((rule) -> rule.requirement() == AccessRequirement.PUBLIC)
			.map((rule) -> rule.method() + " " + rule.pattern() + " " + rule.availability()))
			.containsExactlyInAnyOrder("POST /api/v1/auth/token ALWAYS", "POST /api/v1/auth/refresh ALWAYS",
					"GET /actuator/health FRAMEWORK", "GET /actuator/health/liveness FRAMEWORK",
					"GET /actuator/health/readiness FRAMEWORK", "GET /v3/api-docs/** DEV_ONLY",
					"GET /swagger-ui/** DEV_ONLY", "GET /swagger-ui.html DEV_ONLY",
					"GET /api/v1/bench/static BENCH_ONLY", "GET /api/v1/bench/statements BENCH_ONLY",
					"GET /login ALWAYS", "POST /login FRAMEWORK", "POST /logout FRAMEWORK", "GET /register ALWAYS",
					"POST /register ALWAYS", "GET /password-reset ALWAYS", "POST /password-reset ALWAYS",
					"GET /password-reset/{token} ALWAYS", "POST /password-reset/{token} ALWAYS",
					"GET /css/** FRAMEWORK", "GET /js/** FRAMEWORK", "GET /images/** FRAMEWORK",
					"GET /webjars/** FRAMEWORK", "GET /favicon.ico FRAMEWORK");
		assertThat(this.matrix.allows(Set.of(), HttpMethod.POST, "/api/v1/auth/token")).isTrue();
		assertThat(this.matrix.allows(Set.of(), HttpMethod.GET, "/api/v1/products")).isFalse();
	}

	@ParameterizedTest
	@CsvSource({
			// role, method, path, allowed
			"VIEWER, GET, /api/v1/products, true", "VIEWER, GET, /api/v1/products/1/offers, true",
			"VIEWER, GET, /api/v1/stock/levels, true", "VIEWER, GET, /api/v1/stock/movements/1, true",
			"VIEWER, POST, /api/v1/products, false", "VIEWER, PUT, /api/v1/products/1/dimensions, false",
			"VIEWER, DELETE, /api/v1/warehouses/1, false", "VIEWER, POST, /api/v1/stock/movements, false",
			"CLERK, GET, /api/v1/suppliers/1, true", "CLERK, POST, /api/v1/stock/movements, true",
			"CLERK, POST, /api/v1/products, false", "CLERK, PUT, /api/v1/products/1, false",
			"CLERK, PUT, /api/v1/products/1/offers/2, false", "CLERK, POST, /api/v1/warehouses, false",
			"CLERK, DELETE, /api/v1/categories/1, false", "MANAGER, POST, /api/v1/products, true",
			"MANAGER, DELETE, /api/v1/products/1/offers/2, true", "MANAGER, PUT, /api/v1/warehouses/1, true",
			"MANAGER, DELETE, /api/v1/suppliers/1, true", "MANAGER, POST, /api/v1/stock/movements, true",
			"ADMIN, DELETE, /api/v1/categories/1, true", "ADMIN, POST, /api/v1/auth/logout, true",
			"ADMIN, PATCH, /api/v1/products/1, false" })
	void rolesGetWhatTheirDescriptionPromises(BuiltInRole role, String method, String path, boolean allowed) {
		assertThat(this.matrix.allows(codes(role), HttpMethod.valueOf(method), path)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "VIEWER, RECEIPT, false", "VIEWER, COUNT, false", "CLERK, RECEIPT, true", "CLERK, ISSUE, true",
			"CLERK, TRANSFER, true", "CLERK, COUNT, true", "CLERK, ADJUSTMENT, false", "CLERK, SHRINKAGE, false",
			"MANAGER, ADJUSTMENT, true", "MANAGER, RECEIPT, true", "ADMIN, ADJUSTMENT, true" })
	void postingAMovementNeedsThePermissionOfItsType(BuiltInRole role, String type, boolean allowed) {
		PermissionByType byType = (PermissionByType) this.matrix.requiredFor(HttpMethod.POST, "/api/v1/stock/movements")
			.orElseThrow()
			.requirement();

		assertThat(byType.allows(codes(role), type)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "VIEWER, products, false", "VIEWER, stock-counts, false", "CLERK, products, false",
			"CLERK, stock-counts, true", "MANAGER, products, true", "MANAGER, stock-counts, true",
			"ADMIN, products, true" })
	void startingAnImportNeedsThePermissionOfItsKind(BuiltInRole role, String kind, boolean allowed) {
		PermissionByType byType = (PermissionByType) this.matrix.requiredFor(HttpMethod.POST, "/api/v1/imports")
			.orElseThrow()
			.requirement();

		assertThat(byType.allows(codes(role), kind)).isEqualTo(allowed);
	}

	@Test
	void movementTypesAreTheStockModulesOnes() {
		assertThat(MovementType.PERMISSIONS.permissions().keySet())
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(MovementType.values()).map(Enum::name).toList());
	}

	@Test
	void viewerMayReadEveryApiEndpointButChangeNothing() {
		for (EndpointRule rule : permissionRules()) {
			assertThat(allows(BuiltInRole.VIEWER, rule)).as(rule.toString()).isEqualTo(rule.method() == HttpMethod.GET);
		}
	}

	@Test
	void clerkMayReadEveryApiEndpointAndChangeOnlyStock() {
		for (EndpointRule rule : permissionRules()) {
			// Posting a movement, or importing, of a type the clerk holds (stock counts).
			boolean byType = rule.requirement() instanceof PermissionByType;
			// Receiving goods against a purchase order is a stock receipt too.
			boolean receipt = rule.pattern().endsWith("/purchase-orders/{id}/receipts");
			// Shipping a sales order is a stock issue from what the order reserved.
			boolean shipment = rule.pattern().endsWith("/sales-orders/{id}/shipments");
			assertThat(allows(BuiltInRole.CLERK, rule)).as(rule.toString())
				.isEqualTo(rule.method() == HttpMethod.GET || byType || receipt || shipment);
		}
	}

	@Test
	void managerAndAdminMayCallEveryApiEndpoint() {
		for (EndpointRule rule : permissionRules()) {
			assertThat(allows(BuiltInRole.MANAGER, rule)).as(rule.toString()).isTrue();
			assertThat(allows(BuiltInRole.ADMIN, rule)).as(rule.toString()).isTrue();
		}
	}

	@Test
	void everyRoleMayPostMovementsOnlyOfTheTypesItHolds() {
		Map<String, PermissionCode> types = MovementType.PERMISSIONS.permissions();
		for (BuiltInRole role : BuiltInRole.values()) {
			for (Map.Entry<String, PermissionCode> type : types.entrySet()) {
				assertThat(MovementType.PERMISSIONS.allows(codes(role), type.getKey())).as(role + " " + type.getKey())
					.isEqualTo(role.permissions().contains(type.getValue()));
			}
		}
	}

	// The API rows that need a permission, i.e.
	// every API endpoint of the catalog and stock.
	private List<EndpointRule> permissionRules() {
		List<EndpointRule> rules = this.matrix.rules()
			.stream()
			.filter(EndpointRule::isApi)
			.filter((rule) -> rule.requirement() != AccessRequirement.PUBLIC
					&& rule.requirement() != AccessRequirement.AUTHENTICATED)
			.toList();
		assertThat(rules).allMatch(EndpointRule::isApi).hasSizeGreaterThan(20);
		return rules;
	}

	// Asks about a concrete path made from the row's pattern, so the matching is tested
	// as well as the requirement.
	private boolean allows(BuiltInRole role, EndpointRule rule) {
		String path = rule.pattern().replaceAll("\\{[^}]+}", "1");
		return this.matrix.allows(codes(role), rule.method(), path);
	}

	@Test
	void saysForEveryRoleWhoMaySubscribeToWhichLiveUpdates() {
		for (BuiltInRole role : BuiltInRole.values()) {
			assertThat(subscribes(codes(role), "/topic/stock-levels")).as(role + " stock levels")
				.isEqualTo(codes(role).contains("warehouse.view"));
			assertThat(subscribes(codes(role), "/user/queue/notifications")).as(role + " notifications").isTrue();
			assertThat(subscribes(codes(role), "/user/queue/imports")).as(role + " imports").isTrue();
		}
		assertThat(subscribes(Set.of("product.view"), "/topic/stock-levels")).isFalse();
		assertThat(subscribes(Set.of(), "/user/queue/notifications")).isTrue();
		// No row, no subscription: not even the superuser reaches another session's
		// queue.
		assertThat(this.matrix.requiredToSubscribe("/queue/notifications-user1a2b3c")).isEmpty();
		assertThat(this.matrix.requiredToSubscribe("/topic/everything")).isEmpty();
	}

	private boolean subscribes(Set<String> permissions, String destination) {
		return this.matrix.requiredToSubscribe(destination)
			.map((required) -> required.allows(permissions))
			.orElse(false);
	}

	private static Set<String> codes(BuiltInRole role) {
		return role.permissions().stream().map(PermissionCode::code).collect(Collectors.toSet());
	}

}
