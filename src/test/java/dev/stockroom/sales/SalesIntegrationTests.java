package dev.stockroom.sales;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.audit.AuditEntry;
import dev.stockroom.platform.audit.AuditTrail;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Sales orders through the API as the roles use them (a manager writes, confirms and
 * cancels; a clerk ships), against the real stock levels and ledger: reservations made,
 * released and shipped, refusals that change nothing, idempotent shipments, a shortage
 * after a count, and the packing slip.
 */
@IntegrationTest
@RecordApplicationEvents
class SalesIntegrationTests {

	private static final String API = "/api/v1/sales-orders";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AuditTrail audit;

	long product;

	String sku;

	long warehouse;

	@BeforeEach
	void fixtures() {
		this.sku = "SO-" + unique();
		this.product = product(this.sku);
		this.warehouse = this.warehouses.create(new WarehouseRequest("S" + unique(), "Sales", null, null, null)).id();
	}

	@Test
	void aConfirmedOrderReservesAndItsShipmentsIssueFromTheReservation() throws Exception {
		stock(this.product, 20);
		long order = draft(5);
		String confirmed = call(post(API + "/" + order + "/confirm"), "manager", 200);
		String number = JsonPath.read(confirmed, "$.number");
		assertThat(number).matches("SO-\\d{6}");
		assertThat((String) JsonPath.read(confirmed, "$.status")).isEqualTo("CONFIRMED");
		assertThat((Integer) JsonPath.read(confirmed, "$.lines[0].reserved")).isEqualTo(5);
		assertThat(level(this.product)).containsEntry("onHand", 20)
			.containsEntry("reserved", 5)
			.containsEntry("available", 15);

		String first = ship(order, line(order), 2, null, 201);
		assertThat((String) JsonPath.read(first, "$.orderStatus")).isEqualTo("PARTIALLY_SHIPPED");
		assertThat((String) JsonPath.read(first, "$.movements[0].type")).isEqualTo("ISSUE");
		assertThat((Integer) JsonPath.read(first, "$.movements[0].quantityChange")).isEqualTo(-2);
		assertThat((String) JsonPath.read(first, "$.movements[0].reference")).isEqualTo(number + " line 1");
		assertThat(level(this.product)).containsEntry("onHand", 18)
			.containsEntry("reserved", 3)
			.containsEntry("available", 15);

		String second = ship(order, line(order), 3, null, 201);
		assertThat((String) JsonPath.read(second, "$.orderStatus")).isEqualTo("SHIPPED");
		String shipped = call(get(API + "/" + order), "viewer", 200);
		assertThat((Integer) JsonPath.read(shipped, "$.lines[0].shipped")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(shipped, "$.lines[0].reserved")).isZero();
		assertThat(level(this.product)).containsEntry("onHand", 15).containsEntry("reserved", 0);
		assertThat((List<Object>) JsonPath.read(call(get(API + "/" + order + "/shipments"), "viewer", 200), "$[*].id"))
			.hasSize(2);

		assertThat(this.events.stream(SalesOrderShipped.class).filter((event) -> event.orderId() == order))
			.extracting(SalesOrderShipped::status)
			.containsExactly(SalesOrderStatus.PARTIALLY_SHIPPED, SalesOrderStatus.SHIPPED);
		assertThat(this.audit.history("SalesOrder", order)).flatExtracting(AuditEntry::changes)
			.filteredOn((change) -> change.property().equals("status"))
			.extracting(AuditEntry.Change::newValue)
			.contains("DRAFT", "CONFIRMED", "PARTIALLY_SHIPPED", "SHIPPED");

		// Nothing is left to ship: refused, and nothing moves.
		String refused = ship(order, line(order), 1, null, 409);
		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("order-state");
		assertThat(level(this.product)).containsEntry("onHand", 15);
	}

	@Test
	void confirmingIsAllOrNothing() throws Exception {
		long other = product("SO-" + unique());
		stock(this.product, 10);
		stock(other, 2);
		long order = id(call(json(post(API), body(List.of(this.product, other), List.of(4, 3))), "manager", 201));

		String refused = call(post(API + "/" + order + "/confirm"), "manager", 409);

		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("insufficient-stock");
		assertThat((String) JsonPath.read(refused, "$.detail")).startsWith("Only 2 ");
		assertThat(level(this.product)).containsEntry("reserved", 0).containsEntry("available", 10);
		assertThat(level(other)).containsEntry("reserved", 0);
		String after = call(get(API + "/" + order), "viewer", 200);
		assertThat((String) JsonPath.read(after, "$.status")).isEqualTo("DRAFT");
		assertThat((List<Integer>) JsonPath.read(after, "$.lines[*].reserved")).containsOnly(0);
	}

	@Test
	void cancellingAConfirmedOrderReleasesItsReservationAndAShippedOneIsRefused() throws Exception {
		stock(this.product, 10);
		long order = confirmed(6);
		assertThat(level(this.product)).containsEntry("reserved", 6);

		String cancelled = call(post(API + "/" + order + "/cancel"), "manager", 200);

		assertThat((String) JsonPath.read(cancelled, "$.status")).isEqualTo("CANCELLED");
		assertThat((Integer) JsonPath.read(cancelled, "$.lines[0].reserved")).isZero();
		assertThat(level(this.product)).containsEntry("reserved", 0).containsEntry("available", 10);
		call(post(API + "/" + order + "/cancel"), "manager", 409);

		long shipped = confirmed(4);
		ship(shipped, line(shipped), 1, null, 201);
		String refused = call(post(API + "/" + shipped + "/cancel"), "manager", 409);
		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("order-state");
		assertThat(level(this.product)).containsEntry("onHand", 9).containsEntry("reserved", 3);
	}

	@Test
	void theSameShipmentPostedTwiceWithOneKeyIssuesOnce() throws Exception {
		stock(this.product, 10);
		long order = confirmed(6);
		String key = "so-shipment-" + UUID.randomUUID();

		String first = ship(order, line(order), 3, key, 201);
		MockHttpServletResponse again = this.mvc
			.perform(json(post(API + "/" + order + "/shipments"), shipmentBody(line(order), 3))
				.header("Idempotency-Key", key)
				.with(SignIn.as("clerk")))
			.andReturn()
			.getResponse();

		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.id"))
			.isEqualTo((Integer) JsonPath.read(first, "$.id"));
		assertThat(issues(this.product)).hasSize(1);
		assertThat(level(this.product)).containsEntry("onHand", 7).containsEntry("reserved", 3);
		assertThat((Integer) JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.lines[0].shipped"))
			.isEqualTo(3);
	}

	// A count records what is really there, even below what orders reserved: a shortage
	// that keeps the reservations and lets ship only what is on hand.
	@Test
	void aCountOfTenUnderFortyReservedShowsAShortageAndShipsOnlyTen() throws Exception {
		stock(this.product, 40);
		long order = confirmed(40);
		call(json(post("/api/v1/stock/movements"),
				"{\"type\": \"COUNT\", \"productId\": %d, \"warehouseId\": %d, \"quantity\": 10}"
					.formatted(this.product, this.warehouse)),
				"admin", 201);
		assertThat(level(this.product)).containsEntry("onHand", 10)
			.containsEntry("reserved", 40)
			.containsEntry("available", -30)
			.containsEntry("shortage", true);

		String refused = ship(order, line(order), 11, null, 409);
		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("insufficient-stock");
		assertThat(level(this.product)).containsEntry("onHand", 10).containsEntry("reserved", 40);

		ship(order, line(order), 10, null, 201);
		assertThat(level(this.product)).containsEntry("onHand", 0).containsEntry("reserved", 30);
		String after = call(get(API + "/" + order), "viewer", 200);
		assertThat((String) JsonPath.read(after, "$.status")).isEqualTo("PARTIALLY_SHIPPED");
		assertThat((Integer) JsonPath.read(after, "$.lines[0].reserved")).isEqualTo(30);
	}

	@Test
	void shippingMoreThanALineHoldsIsAConflictThatMovesNothing() throws Exception {
		stock(this.product, 10);
		long order = confirmed(4);

		String refused = ship(order, line(order), 5, null, 409);

		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("shipment-exceeds-reserved");
		assertThat(issues(this.product)).isEmpty();
		assertThat(level(this.product)).containsEntry("onHand", 10).containsEntry("reserved", 4);
	}

	@Test
	void onlyADraftIsReplacedOrDeletedAndAStaleVersionIsRefused() throws Exception {
		stock(this.product, 10);
		String draft = call(json(post(API), body(List.of(this.product), List.of(5))), "manager", 201);
		long id = id(draft);
		assertThat((Double) JsonPath.read(draft, "$.total")).isEqualTo(12.5);
		assertThat((String) JsonPath.read(draft, "$.customer.name")).isEqualTo("Harbour Joinery");
		assertThat((String) JsonPath.read(draft, "$.customer.email")).isEqualTo("orders@harbour.example");
		assertThat((Integer) JsonPath.read(draft, "$.version")).isZero();

		String body = body(List.of(this.product), List.of(6));
		String withVersion = body.substring(0, body.lastIndexOf('}')) + ", \"version\": 0}";
		call(json(put(API + "/" + id), body), "manager", 400);
		String stale = call(json(put(API + "/" + id), withVersion.replace("\"version\": 0", "\"version\": 7")),
				"manager", 409);
		assertThat(stale).contains("stale-version").doesNotContain("Exception");
		String updated = call(json(put(API + "/" + id), withVersion), "manager", 200);
		assertThat((Double) JsonPath.read(updated, "$.total")).isEqualTo(15.0);
		assertThat(level(this.product)).as("a draft reserves nothing").containsEntry("reserved", 0);

		call(post(API + "/" + id + "/confirm"), "manager", 200);
		call(json(put(API + "/" + id), withVersion.replace("\"version\": 0", "\"version\": 1")), "manager", 409);
		call(delete(API + "/" + id), "manager", 409);
		call(post(API + "/" + id + "/confirm"), "manager", 409);
		assertThat(level(this.product)).containsEntry("reserved", 6);

		long other = draft(1);
		call(delete(API + "/" + other), "manager", 204);
		call(get(API + "/" + other), "viewer", 404);
	}

	@Test
	void refusesUnknownReferencesAndInvalidBodies() throws Exception {
		String unknown = call(json(post(API), body(List.of(999999999L), List.of(5))), "manager", 422);
		assertThat(unknown).contains("unknown-reference");
		call(json(post(API), body(List.of(this.product), List.of(5)).replace("\"warehouseId\": " + this.warehouse,
				"\"warehouseId\": 999999999")), "manager", 422);
		String invalid = call(json(post(API), body(List.of(this.product), List.of(0))), "manager", 400);
		assertThat(invalid).contains("lines[0].quantity");
		String noName = call(json(post(API), body(List.of(this.product), List.of(1)).replace("Harbour Joinery", " ")),
				"manager", 400);
		assertThat(noName).contains("customer.name");
		call(json(post(API), body(List.of(this.product), List.of(1)).replace("orders@harbour.example", "not an email")),
				"manager", 400);
		call(json(post(API),
				"{\"customer\": {\"name\": \"X\"}, \"warehouseId\": %d, \"lines\": []}".formatted(this.warehouse)),
				"manager", 400);
		stock(this.product, 2);
		long order = confirmed(2);
		call(json(post(API + "/" + order + "/shipments"), shipmentBody(424242L, 1)), "clerk", 422);
		call(json(post(API + "/" + order + "/shipments"), shipmentBody(line(order), 0)), "clerk", 400);
		call(get(API + "/424242424"), "viewer", 404);
		call(post(API + "/424242424/confirm"), "manager", 404);
	}

	@Test
	void rolesDoWhatTheirRowsSay() throws Exception {
		stock(this.product, 10);
		call(json(post(API), body(List.of(this.product), List.of(5))), "viewer", 403);
		call(json(post(API), body(List.of(this.product), List.of(5))), "clerk", 403);
		long order = draft(5);
		call(post(API + "/" + order + "/confirm"), "clerk", 403);
		call(post(API + "/" + order + "/confirm"), "viewer", 403);
		call(post(API + "/" + order + "/confirm"), "manager", 200);
		call(post(API + "/" + order + "/cancel"), "clerk", 403);
		call(json(post(API + "/" + order + "/shipments"), shipmentBody(line(order), 1)), "viewer", 403);
		call(json(post(API + "/" + order + "/shipments"), shipmentBody(line(order), 1)), "manager", 201);
		call(json(post(API + "/" + order + "/shipments"), shipmentBody(line(order), 1)), "clerk", 201);
		call(get(API + "/" + order), "viewer", 200);
		call(get(API + "/" + order + "/shipments"), "viewer", 200);
	}

	@Test
	void theListFiltersAndComesAsCsv() throws Exception {
		stock(this.product, 5);
		long order = confirmed(5);
		String number = JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.number");

		String byWarehouse = call(get(API + "?warehouse=" + this.warehouse + "&status=CONFIRMED"), "viewer", 200);
		assertThat((List<Integer>) JsonPath.read(byWarehouse, "$.content[*].id")).containsExactly((int) order);
		String other = call(get(API + "?warehouse=" + this.warehouse + "&status=DRAFT"), "viewer", 200);
		assertThat((List<Integer>) JsonPath.read(other, "$.content[*].id")).isEmpty();
		String byNumber = call(get(API + "?q=" + number.toLowerCase(Locale.ROOT)), "viewer", 200);
		assertThat((List<Integer>) JsonPath.read(byNumber, "$.content[*].id")).containsExactly((int) order);
		call(get(API + "?sort=total,asc"), "viewer", 400);
		String csv = this.mvc
			.perform(get(API + "?warehouse=" + this.warehouse).accept("text/csv").with(SignIn.as("viewer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,number,status,customer");
		assertThat(csv).contains(number).contains("Harbour Joinery");
	}

	@Test
	void aProductOnASalesOrderCannotBeDeleted() throws Exception {
		draft(3);

		String refused = call(delete("/api/v1/products/" + this.product), "admin", 409);

		assertThat(refused).contains("it is on sales orders");
	}

	@Test
	void thePackingSlipShowsTheCustomerAndTheLines() throws Exception {
		long order = draft(8);
		String number = JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.number");

		MockHttpServletResponse response = this.mvc
			.perform(get(API + "/" + order + "/packing-slip").with(SignIn.as("viewer")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String text = text(response.getContentAsByteArray());
		assertThat(text).contains("Sales order " + number)
			.contains("Harbour Joinery")
			.contains("2 Dock St, Leeds")
			.contains("20.00");
		// The narrow SKU and product columns wrap their cells.
		assertThat(text.replaceAll("\\s+", "")).contains(this.sku).contains("Bracket40mm");
	}

	private long product(String sku) {
		return this.products.create(ProductRequest.of(sku, "Bracket 40 mm")).id();
	}

	private void stock(long productId, int quantity) throws Exception {
		call(json(post("/api/v1/stock/movements"),
				"{\"type\": \"RECEIPT\", \"productId\": %d, \"warehouseId\": %d, \"quantity\": %d}".formatted(productId,
						this.warehouse, quantity)),
				"admin", 201);
	}

	private long draft(int quantity) throws Exception {
		return id(call(json(post(API), body(List.of(this.product), List.of(quantity))), "manager", 201));
	}

	private long confirmed(int quantity) throws Exception {
		long id = draft(quantity);
		String confirmed = call(post(API + "/" + id + "/confirm"), "manager", 200);
		assertThat((String) JsonPath.read(confirmed, "$.status")).isEqualTo("CONFIRMED");
		return id;
	}

	private String body(List<Long> productIds, List<Integer> quantities) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < productIds.size(); i++) {
			lines.append((i > 0) ? ", " : "")
				.append("{\"productId\": %d, \"quantity\": %d, \"unitPrice\": 2.50}".formatted(productIds.get(i),
						quantities.get(i)));
		}
		return """
				{"customer": {"name": "Harbour Joinery", "email": "orders@harbour.example", "address": "2 Dock St, Leeds"},
				 "warehouseId": %d, "lines": [%s]}
				"""
			.formatted(this.warehouse, lines);
	}

	private long line(long order) throws Exception {
		return ((Number) JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.lines[0].id")).longValue();
	}

	private String ship(long order, long line, int quantity, String key, int status) throws Exception {
		MockHttpServletRequestBuilder request = json(post(API + "/" + order + "/shipments"),
				shipmentBody(line, quantity));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return call(request, "clerk", status);
	}

	private static String shipmentBody(long line, int quantity) {
		return "{\"lines\": [{\"lineId\": %d, \"quantity\": %d}]}".formatted(line, quantity);
	}

	private Map<String, Object> level(long productId) throws Exception {
		List<Map<String, Object>> levels = JsonPath.read(
				call(get("/api/v1/stock/levels?product=" + productId + "&warehouse=" + this.warehouse), "viewer", 200),
				"$.content");
		assertThat(levels).hasSize(1);
		return levels.get(0);
	}

	private List<Map<String, Object>> issues(long productId) throws Exception {
		return JsonPath.read(call(get("/api/v1/stock/movements?product=" + productId + "&type=ISSUE"), "viewer", 200),
				"$.content");
	}

	private String call(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(SignIn.as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s as %s: %s", request, user, response.getContentAsString())
			.isEqualTo(status);
		return response.getContentAsString();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
