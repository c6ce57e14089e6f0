package dev.stockroom.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.notifications.NotificationKind;
import dev.stockroom.notifications.Notifications;
import dev.stockroom.imports.ImportKind;
import dev.stockroom.imports.ImportService;
import dev.stockroom.platform.access.AccessRequirement.PermissionByType;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.stock.MovementType;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Calls every API endpoint of the {@link PermissionMatrix} as every role, with a valid
 * request, and expects exactly what the matrix says: 2xx where the role's permissions
 * meet the row's requirement, 403 where they do not, 401 without credentials. The
 * permissions are the demo users' own, read from the database, so the test also proves
 * that the built-in groups hold what the matrix expects of them. Each call gets fresh
 * rows to act on (an allowed DELETE must not rob the next role of its target).
 *
 * <p>
 * An endpoint added to the matrix without an example request here fails
 * {@link #everyApiRowHasAnExampleRequest()}, so the sweep cannot silently skip it.
 */
@IntegrationTest
class PermissionMatrixEnforcementIntegrationTests {

	static final List<String> ROLES = List.of("viewer", "clerk", "manager", "admin");

	private static final String PASSWORD = "stockroom-demo";

	private final PermissionMatrix matrix = StandardMatrix.get();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	RefreshTokens refreshTokens;

	@Autowired
	ApiTokenService apiTokens;

	@Autowired
	Notifications notifications;

	@Autowired
	ImportService imports;

	@Test
	void everyApiRowHasAnExampleRequest() {
		assertThat(examples().keySet()).containsExactlyInAnyOrderElementsOf(apiRows().stream()
			.map((rule) -> rule.method() + " " + rule.pattern().substring(PermissionMatrix.API_PREFIX.length()))
			.toList());
	}

	static Stream<Arguments> rolesAndRows() {
		List<Arguments> arguments = new ArrayList<>();
		for (String endpoint : examples().keySet()) {
			for (String role : ROLES) {
				arguments.add(Arguments.of(endpoint, role));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("rolesAndRows")
	void everyRoleGetsExactlyWhatTheMatrixSays(String endpoint, String role) throws Exception {
		EndpointRule rule = rule(endpoint);
		Set<String> permissions = this.users.permissionsOf(role);
		boolean allowed = rule.requirement().allows(permissions);

		int status = this.mvc.perform(examples().get(endpoint).request(this, role).with(SignIn.as(role)))
			.andReturn()
			.getResponse()
			.getStatus();

		if (allowed) {
			assertThat(status).as("%s as %s (%s)", endpoint, role, rule.requirement()).isBetween(200, 299);
		}
		else {
			assertThat(status).as("%s as %s (%s)", endpoint, role, rule.requirement()).isEqualTo(403);
		}
	}

	static Stream<Arguments> endpointsNeedingCredentials() {
		return examples().keySet()
			.stream()
			.filter((endpoint) -> !endpoint.startsWith("POST /auth/t"))
			.filter((endpoint) -> !endpoint.startsWith("POST /auth/r"))
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpointsNeedingCredentials")
	void everyEndpointButThePublicOnesAnswers401WithoutCredentials(String endpoint) throws Exception {
		assertThat(rule(endpoint).requirement()).isNotEqualTo(AccessRequirement.PUBLIC);

		int status = this.mvc.perform(examples().get(endpoint).request(this, "admin").with(SignIn.anonymous()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).as(endpoint).isEqualTo(401);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publicEndpoints")
	void thePublicEndpointsAnswerWithoutCredentials(String endpoint) throws Exception {
		assertThat(rule(endpoint).requirement()).isEqualTo(AccessRequirement.PUBLIC);

		int status = this.mvc.perform(examples().get(endpoint).request(this, "viewer").with(SignIn.anonymous()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).as(endpoint).isEqualTo(200);
	}

	static Stream<String> publicEndpoints() {
		return Stream.of("POST /auth/token", "POST /auth/refresh");
	}

	static Stream<Arguments> rolesAndMovementTypes() {
		List<Arguments> arguments = new ArrayList<>();
		for (String type : MovementType.PERMISSIONS.permissions().keySet()) {
			for (String role : ROLES) {
				arguments.add(Arguments.of(type, role));
			}
		}
		return arguments.stream();
	}

	// The row lets in whoever may post some movement; the type in the body decides.
	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("rolesAndMovementTypes")
	void postingAMovementNeedsThePermissionOfItsType(String type, String role) throws Exception {
		PermissionByType byType = (PermissionByType) rule("POST /stock/movements").requirement();
		boolean allowed = byType.allows(this.users.permissionsOf(role), type);

		int status = this.mvc.perform(movement(type).with(SignIn.as(role))).andReturn().getResponse().getStatus();

		assertThat(status).as("%s movement as %s", type, role).isEqualTo(allowed ? 201 : 403);
	}

	private List<EndpointRule> apiRows() {
		return this.matrix.rules()
			.stream()
			.filter(EndpointRule::isApi)
			.filter((rule) -> rule.availability() == Availability.ALWAYS)
			.toList();
	}

	private EndpointRule rule(String endpoint) {
		String[] parts = endpoint.split(" ", 2);
		return this.matrix.rules()
			.stream()
			.filter((rule) -> rule.method().name().equals(parts[0])
					&& rule.pattern().equals(PermissionMatrix.API_PREFIX + parts[1]))
			.findFirst()
			.orElseThrow();
	}

	/** A valid request for one endpoint, made for the role that will send it. */
	interface Example {

		MockHttpServletRequestBuilder request(PermissionMatrixEnforcementIntegrationTests test, String role)
				throws Exception;

	}

	// One valid request per API row, keyed "METHOD pattern" without /api/v1. Targets are
	// made afresh, as admin, for every call.
	static Map<String, Example> examples() {
		Map<String, Example> examples = new LinkedHashMap<>();
		crud(examples, "/products", (t) -> t.product(),
				(t) -> "{\"sku\": \"%s\", \"name\": \"Matrix product\"}".formatted(unique()),
				(t, id) -> "{\"sku\": \"%s\", \"name\": \"Renamed\", \"version\": 0}".formatted(unique()));
		examples.put("GET /products/{id}/dimensions", (t, role) -> get("/products/%d/dimensions", t.measuredProduct()));
		examples.put("PUT /products/{id}/dimensions",
				(t, role) -> json(put(api("/products/%d/dimensions", t.product())),
						"{\"weightGrams\": 500, \"lengthMm\": 100, \"widthMm\": 50, \"heightMm\": 20}"));
		examples.put("PUT /products/{id}/image",
				(t, role) -> MockMvcRequestBuilders.put(api("/products/%d/image", t.product()))
					.with(TestImages.upload("file", "matrix.png", TestImages.png(20, 10))));
		examples.put("DELETE /products/{id}/image", (t, role) -> {
			long product = t.product();
			t.admin(MockMvcRequestBuilders.put(api("/products/%d/image", product))
				.with(TestImages.upload("file", "matrix.png", TestImages.png(20, 10))));
			return MockMvcRequestBuilders.delete(api("/products/%d/image", product));
		});
		examples.put("GET /products/{id}/offers", (t, role) -> get("/products/%d/offers", t.product()));
		examples.put("PUT /products/{id}/offers/{supplierId}",
				(t, role) -> json(put(api("/products/%d/offers/%d", t.product(), t.supplier())), OFFER));
		examples.put("DELETE /products/{id}/offers/{supplierId}", (t, role) -> {
			long product = t.product();
			long supplier = t.supplier();
			t.admin(json(put(api("/products/%d/offers/%d", product, supplier)), OFFER));
			return MockMvcRequestBuilders.delete(api("/products/%d/offers/%d", product, supplier));
		});
		crud(examples, "/categories", (t) -> t.category(), (t) -> "{\"name\": \"Matrix %s\"}".formatted(unique()),
				(t, id) -> "{\"name\": \"Renamed %s\", \"version\": 0}".formatted(unique()));
		crud(examples, "/suppliers", (t) -> t.supplier(), (t) -> "{\"name\": \"Matrix %s\"}".formatted(unique()),
				(t, id) -> "{\"name\": \"Renamed %s\", \"version\": 0}".formatted(unique()));
		crud(examples, "/warehouses", (t) -> t.warehouse(),
				(t) -> "{\"code\": \"M%s\", \"name\": \"Matrix\"}".formatted(unique()),
				(t, id) -> "{\"code\": \"R%s\", \"name\": \"Renamed\", \"version\": 0}".formatted(unique()));
		examples.put("GET /stock/levels", (t, role) -> get("/stock/levels"));
		examples.put("GET /stock/movements", (t, role) -> get("/stock/movements"));
		examples.put("GET /stock/movements/{id}", (t, role) -> get("/stock/movements/%d", t.receipt()));
		examples.put("POST /stock/movements", (t, role) -> t.movement("RECEIPT"));
		examples.put("POST /auth/token", (t, role) -> json(post(api("/auth/token")),
				"{\"username\": \"%s\", \"password\": \"%s\"}".formatted(role, PASSWORD)));
		examples.put("POST /auth/refresh", (t, role) -> json(post(api("/auth/refresh")),
				"{\"refresh_token\": \"%s\"}".formatted(t.refreshTokens.issue(role).refreshToken())));
		examples.put("POST /auth/logout", (t, role) -> json(post(api("/auth/logout")),
				"{\"refresh_token\": \"%s\"}".formatted(t.refreshTokens.issue(role).refreshToken())));
		examples.put("GET /account/tokens", (t, role) -> get("/account/tokens"));
		examples.put("POST /account/tokens",
				(t, role) -> json(post(api("/account/tokens")), "{\"name\": \"matrix %s\"}".formatted(unique())));
		examples.put("POST /imports", (t, role) -> post(api("/imports")).param("kind", "stock-counts")
			.with(TestImages.upload("file", "counts.csv", COUNTS)));
		examples.put("GET /imports", (t, role) -> get("/imports"));
		examples.put("GET /imports/{id}", (t, role) -> get("/imports/%d", t.importOf(role)));
		examples.put("PUT /imports/{id}/mapping", (t, role) -> json(put(api("/imports/%d/mapping", t.importOf(role))),
				"{\"fields\": [\"sku\", \"warehouse\", \"onHand\"]}"));
		examples.put("POST /imports/{id}/confirm",
				(t, role) -> MockMvcRequestBuilders.post(api("/imports/%d/confirm", t.importOf(role))));
		examples.put("GET /imports/{id}/errors", (t, role) -> get("/imports/%d/errors", t.importOf(role)));
		examples.put("DELETE /account/tokens/{id}", (t, role) -> MockMvcRequestBuilders.delete(api("/account/tokens/%d",
				t.apiTokens.create(role, "matrix " + unique(), java.util.Optional.empty()).id())));
		crud(examples, "/purchase-orders", (t) -> t.purchaseOrder(false), (t) -> t.purchaseOrderBody(),
				(t, id) -> t.purchaseOrderBody().replaceFirst("}$", ", \"version\": 0}"));
		examples.put("POST /purchase-orders/{id}/place",
				(t, role) -> post(api("/purchase-orders/%d/place", t.purchaseOrder(false))));
		examples.put("POST /purchase-orders/{id}/cancel",
				(t, role) -> post(api("/purchase-orders/%d/cancel", t.purchaseOrder(true))));
		examples.put("POST /purchase-orders/{id}/receipts", (t, role) -> {
			long order = t.purchaseOrder(true);
			long line = ((Number) JsonPath.read(t.admin(get("/purchase-orders/%d", order)), "$.lines[0].id"))
				.longValue();
			return json(post(api("/purchase-orders/%d/receipts", order)),
					"{\"lines\": [{\"lineId\": %d, \"quantity\": 1}]}".formatted(line));
		});
		examples.put("GET /purchase-orders/{id}/receipts",
				(t, role) -> get("/purchase-orders/%d/receipts", t.purchaseOrder(true)));
		examples.put("GET /purchase-orders/{id}/receipts/{receiptId}", (t, role) -> {
			long order = t.purchaseOrder(true);
			long line = ((Number) JsonPath.read(t.admin(get("/purchase-orders/%d", order)), "$.lines[0].id"))
				.longValue();
			String receipt = t.admin(json(post(api("/purchase-orders/%d/receipts", order)),
					"{\"lines\": [{\"lineId\": %d, \"quantity\": 1}]}".formatted(line)));
			return get("/purchase-orders/%d/receipts/%d", order, id(receipt));
		});
		examples.put("GET /purchase-orders/{id}/pdf",
				(t, role) -> get("/purchase-orders/%d/pdf", t.purchaseOrder(false)));
		examples.put("GET /reorder-suggestions", (t, role) -> get("/reorder-suggestions?size=5"));
		examples.put("POST /reorder-suggestions/orders", (t, role) -> {
			long product = t.product();
			long warehouse = t.warehouse();
			t.admin(json(put(api("/products/%d/offers/%d", product, t.supplier())), OFFER));
			return json(post(api("/reorder-suggestions/orders")),
					"{\"lines\": [{\"productId\": %d, \"warehouseId\": %d, \"quantity\": 5}]}".formatted(product,
							warehouse));
		});
		crud(examples, "/sales-orders", (t) -> t.salesOrder(false), (t) -> t.salesOrderBody(),
				(t, id) -> t.salesOrderBody().replaceFirst("}$", ", \"version\": 0}"));
		examples.put("POST /sales-orders/{id}/confirm",
				(t, role) -> post(api("/sales-orders/%d/confirm", t.salesOrder(false))));
		examples.put("POST /sales-orders/{id}/cancel",
				(t, role) -> post(api("/sales-orders/%d/cancel", t.salesOrder(true))));
		examples.put("POST /sales-orders/{id}/shipments", (t, role) -> {
			long order = t.salesOrder(true);
			return json(post(api("/sales-orders/%d/shipments", order)),
					"{\"lines\": [{\"lineId\": %d, \"quantity\": 1}]}".formatted(t.salesOrderLine(order)));
		});
		examples.put("GET /sales-orders/{id}/shipments",
				(t, role) -> get("/sales-orders/%d/shipments", t.salesOrder(true)));
		examples.put("GET /sales-orders/{id}/shipments/{shipmentId}", (t, role) -> {
			long order = t.salesOrder(true);
			String shipment = t.admin(json(post(api("/sales-orders/%d/shipments", order)),
					"{\"lines\": [{\"lineId\": %d, \"quantity\": 1}]}".formatted(t.salesOrderLine(order))));
			return get("/sales-orders/%d/shipments/%d", order, id(shipment));
		});
		examples.put("GET /sales-orders/{id}/packing-slip",
				(t, role) -> get("/sales-orders/%d/packing-slip", t.salesOrder(false)));
		examples.put("GET /notifications", (t, role) -> get("/notifications?unread=true"));
		examples.put("POST /notifications/{id}/read",
				(t, role) -> post(api("/notifications/%d/read", t.notification(role))));
		return examples;
	}

	// One of the role's own: every user may mark theirs, nobody another's (a 404, proven
	// in NotificationsIntegrationTests).
	long notification(String role) {
		long userId = this.users.findByUsername(role).orElseThrow().id();
		return this.notifications.notify(userId, NotificationKind.IMPORT_FINISHED, "Matrix import", null, null).id();
	}

	private static final byte[] COUNTS = "sku,warehouse,onHand\nNO-SUCH-SKU,NOWHERE,1\n"
		.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	// An import of the role's own: a user reads and confirms only theirs. Made through
	// the
	// service, since a viewer may not upload one.
	long importOf(String role) {
		return this.imports.start(role, ImportKind.STOCK_COUNTS, "matrix.csv", new ImportService.Upload() {

			@Override
			public java.io.InputStream open() {
				return new java.io.ByteArrayInputStream(COUNTS);
			}

			@Override
			public long size() {
				return COUNTS.length;
			}

		}).id();
	}

	private static final String OFFER = "{\"supplierSku\": \"S-1\", \"unitCost\": 1.50, \"leadTimeDays\": 3}";

	interface Target {

		long make(PermissionMatrixEnforcementIntegrationTests test) throws Exception;

	}

	interface Body {

		String make(PermissionMatrixEnforcementIntegrationTests test) throws Exception;

	}

	interface UpdateBody {

		String make(PermissionMatrixEnforcementIntegrationTests test, long id) throws Exception;

	}

	private static void crud(Map<String, Example> examples, String resource, Target target, Body create,
			UpdateBody update) {
		examples.put("GET " + resource, (t, role) -> get(resource));
		examples.put("GET " + resource + "/{id}", (t, role) -> get(resource + "/%d", target.make(t)));
		examples.put("POST " + resource, (t, role) -> json(post(api(resource)), create.make(t)));
		examples.put("PUT " + resource + "/{id}", (t, role) -> {
			long id = target.make(t);
			return json(put(api(resource + "/%d", id)), update.make(t, id));
		});
		examples.put("DELETE " + resource + "/{id}",
				(t, role) -> MockMvcRequestBuilders.delete(api(resource + "/%d", target.make(t))));
	}

	private MockHttpServletRequestBuilder movement(String type) throws Exception {
		long product = product();
		long warehouse = warehouse();
		// Stock to issue, transfer or count, put there by the superuser.
		admin(movementRequest("RECEIPT", product, warehouse, null, 10));
		Long target = "TRANSFER".equals(type) ? warehouse() : null;
		return movementRequest(type, product, warehouse, target, "COUNT".equals(type) ? 4 : 2);
	}

	private static MockHttpServletRequestBuilder movementRequest(String type, long product, long warehouse, Long target,
			int quantity) {
		String reason = "ADJUSTMENT".equals(type) ? "\"reason\": \"found one\", " : "";
		return json(post(api("/stock/movements")),
				"{\"type\": \"%s\", %s\"productId\": %d, \"warehouseId\": %d, \"targetWarehouseId\": %s, \"quantity\": %d}"
					.formatted(type, reason, product, warehouse, target, quantity));
	}

	// A draft (or, placed, an open order) of one line of 10, made by the superuser.
	long purchaseOrder(boolean placed) throws Exception {
		long order = id(admin(json(post(api("/purchase-orders")), purchaseOrderBody())));
		if (placed) {
			admin(post(api("/purchase-orders/%d/place", order)));
		}
		return order;
	}

	String purchaseOrderBody() throws Exception {
		return "{\"supplierId\": %d, \"warehouseId\": %d, \"lines\": [{\"productId\": %d, \"quantity\": 10, \"unitCost\": 1.00}]}"
			.formatted(supplier(), warehouse(), product());
	}

	// A draft (or, confirmed, one holding its stock) of one line of 2 from a warehouse
	// holding 10, made by the superuser.
	long salesOrder(boolean confirmed) throws Exception {
		long order = id(admin(json(post(api("/sales-orders")), salesOrderBody())));
		if (confirmed) {
			admin(post(api("/sales-orders/%d/confirm", order)));
		}
		return order;
	}

	String salesOrderBody() throws Exception {
		long product = product();
		long warehouse = warehouse();
		admin(movementRequest("RECEIPT", product, warehouse, null, 10));
		return "{\"customer\": {\"name\": \"Matrix\"}, \"warehouseId\": %d, \"lines\": [{\"productId\": %d, \"quantity\": 2, \"unitPrice\": 1.00}]}"
			.formatted(warehouse, product);
	}

	long salesOrderLine(long order) throws Exception {
		return ((Number) JsonPath.read(admin(get("/sales-orders/%d", order)), "$.lines[0].id")).longValue();
	}

	long receipt() throws Exception {
		String body = admin(movementRequest("RECEIPT", product(), warehouse(), null, 3));
		return ((Number) JsonPath.read(body, "$.movements[0].id")).longValue();
	}

	long product() throws Exception {
		return id(admin(json(post(api("/products")), "{\"sku\": \"%s\", \"name\": \"Matrix\"}".formatted(unique()))));
	}

	long measuredProduct() throws Exception {
		long product = product();
		admin(json(put(api("/products/%d/dimensions", product)),
				"{\"weightGrams\": 500, \"lengthMm\": 100, \"widthMm\": 50, \"heightMm\": 20}"));
		return product;
	}

	long category() throws Exception {
		return id(admin(json(post(api("/categories")), "{\"name\": \"Matrix %s\"}".formatted(unique()))));
	}

	long supplier() throws Exception {
		return id(admin(json(post(api("/suppliers")), "{\"name\": \"Matrix %s\"}".formatted(unique()))));
	}

	long warehouse() throws Exception {
		return id(
				admin(json(post(api("/warehouses")), "{\"code\": \"W%s\", \"name\": \"Matrix\"}".formatted(unique()))));
	}

	// Made by the superuser, whatever role the test is about; must succeed.
	String admin(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request.with(SignIn.as("admin"))).andReturn().getResponse();
		assertThat(response.getStatus()).as("setting up with %s", request).isBetween(200, 299);
		return response.getContentAsString();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static MockHttpServletRequestBuilder get(String path, Object... args) {
		return MockMvcRequestBuilders.get(api(path, args));
	}

	private static String api(String path, Object... args) {
		return PermissionMatrix.API_PREFIX + path.formatted(args);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
