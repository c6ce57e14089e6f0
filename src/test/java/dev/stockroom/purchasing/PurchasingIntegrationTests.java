package dev.stockroom.purchasing;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
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
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.audit.AuditEntry;
import dev.stockroom.platform.audit.AuditTrail;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.ProductInWarehouse;
import dev.stockroom.stock.ReorderSuggestion;
import dev.stockroom.stock.ReorderSuggestions;
import dev.stockroom.stock.StockLedger;
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
 * Purchase orders through the API as the roles use them (a manager writes, places and
 * cancels; a clerk receives), against the real ledger: partial receipts and backorders,
 * refusals that move nothing, idempotent receipts, what is on order in the product's
 * answer and in the reorder suggestions, drafts made from suggestions and the PDF.
 */
@IntegrationTest
@RecordApplicationEvents
class PurchasingIntegrationTests {

	private static final String API = "/api/v1/purchase-orders";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger ledger;

	@Autowired
	ReorderSuggestions suggestions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AuditTrail audit;

	long product;

	String sku;

	long supplier;

	long warehouse;

	@BeforeEach
	void fixtures() {
		this.sku = "PO-" + unique();
		this.product = this.products.create(ProductRequest.of(this.sku, "Hex bolt M8 × 40")).id();
		this.supplier = supplier("Purchasing " + unique());
		this.warehouse = this.warehouses.create(new WarehouseRequest("P" + unique(), "Purchasing", null, null, null))
			.id();
		this.suppliers.putOffer(this.product, this.supplier,
				new SupplierOfferRequest("NF-" + unique(), new BigDecimal("1.25"), 7));
	}

	@Test
	void anOrderOfTenReceivedAsFourThenSixEndsReceivedWithTwoReceiptRowsAndNothingOnOrder() throws Exception {
		long order = placedOrder(10);
		String number = JsonPath.read(call(get(API + "/" + order), "manager", 200), "$.number");
		assertThat(onOrder(this.product)).isEqualTo(10);

		String first = receive(order, line(order), 4, null, 201);
		assertThat((String) JsonPath.read(first, "$.orderStatus")).isEqualTo("PARTIALLY_RECEIVED");
		assertThat((Integer) JsonPath.read(first, "$.movements[0].quantityChange")).isEqualTo(4);
		assertThat((String) JsonPath.read(first, "$.movements[0].type")).isEqualTo("RECEIPT");
		assertThat(onOrder(this.product)).isEqualTo(6);
		String backorder = call(get(API + "/" + order), "viewer", 200);
		assertThat((Integer) JsonPath.read(backorder, "$.lines[0].open")).isEqualTo(6);
		assertThat((Integer) JsonPath.read(backorder, "$.lines[0].received")).isEqualTo(4);

		String second = receive(order, line(order), 6, null, 201);
		assertThat((String) JsonPath.read(second, "$.orderStatus")).isEqualTo("RECEIVED");

		String received = call(get(API + "/" + order), "viewer", 200);
		assertThat((String) JsonPath.read(received, "$.status")).isEqualTo("RECEIVED");
		assertThat((Integer) JsonPath.read(received, "$.lines[0].open")).isZero();
		assertThat(onOrder(this.product)).isZero();
		List<Map<String, Object>> rows = receipts(this.product);
		assertThat(rows).hasSize(2).allSatisfy((row) -> {
			assertThat(row.get("type")).isEqualTo("RECEIPT");
			assertThat((String) row.get("reference")).isEqualTo(number + " line 1");
		});
		assertThat(rows).extracting((row) -> row.get("quantityChange")).containsExactlyInAnyOrder(4, 6);
		assertThat(onHand(this.product)).isEqualTo(10);

		// Each receipt told the other modules, and the audit trail has every state.
		assertThat(this.events.stream(PurchaseOrderReceived.class).filter((event) -> event.orderId() == order))
			.extracting(PurchaseOrderReceived::status)
			.containsExactly(PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED);
		assertThat(this.audit.history("PurchaseOrder", order)).flatExtracting(AuditEntry::changes)
			.filteredOn((change) -> change.property().equals("status"))
			.extracting(AuditEntry.Change::newValue)
			.contains("DRAFT", "PLACED", "PARTIALLY_RECEIVED", "RECEIVED");

		// One more is refused, and nothing moves.
		String refused = receive(order, line(order), 1, null, 409);
		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("order-state");
		assertThat(receipts(this.product)).hasSize(2);
		assertThat(onHand(this.product)).isEqualTo(10);
	}

	@Test
	void receivingMoreThanIsOpenIsAConflictThatMovesNothing() throws Exception {
		long order = placedOrder(10);
		receive(order, line(order), 4, null, 201);

		String refused = receive(order, line(order), 7, null, 409);

		assertThat((String) JsonPath.read(refused, "$.type")).endsWith("receipt-exceeds-open");
		assertThat(receipts(this.product)).hasSize(1);
		assertThat(onHand(this.product)).isEqualTo(4);
		String after = call(get(API + "/" + order), "viewer", 200);
		assertThat((Integer) JsonPath.read(after, "$.lines[0].open")).isEqualTo(6);
		assertThat((String) JsonPath.read(after, "$.status")).isEqualTo("PARTIALLY_RECEIVED");
	}

	@Test
	void theSameReceiptPostedTwiceWithOneKeyMovesStockOnce() throws Exception {
		long order = placedOrder(10);
		String key = "po-receipt-" + UUID.randomUUID();

		String first = receive(order, line(order), 3, key, 201);
		MockHttpServletResponse again = this.mvc
			.perform(json(post(API + "/" + order + "/receipts"), receiptBody(line(order), 3))
				.header("Idempotency-Key", key)
				.with(SignIn.as("clerk")))
			.andReturn()
			.getResponse();

		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat((Integer) JsonPath.read(again.getContentAsString(), "$.id"))
			.isEqualTo((Integer) JsonPath.read(first, "$.id"));
		assertThat(receipts(this.product)).hasSize(1);
		assertThat(onHand(this.product)).isEqualTo(3);
		assertThat((Integer) JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.lines[0].received"))
			.isEqualTo(3);
	}

	// The order's row lock: two receipts of 6 against 10 open cannot both be taken.
	@Test
	void twoReceiptsAtOnceCannotTakeTheSameOpenQuantity() throws Exception {
		long order = placedOrder(10);
		long line = line(order);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(json(post(API + "/" + order + "/receipts"), receiptBody(line, 6))
							.with(SignIn.as("clerk")))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Integer> answer : answers) {
				statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(onHand(this.product)).isEqualTo(6);
		assertThat(receipts(this.product)).hasSize(1);
	}

	// What is on order is part of the product's answer, and of its ETag: a client's copy
	// from before the order was placed is not "not modified" after.
	@Test
	void theProductsEtagChangesWithWhatIsOnOrder() throws Exception {
		MockHttpServletResponse before = this.mvc
			.perform(get("/api/v1/products/" + this.product).with(SignIn.as("viewer")))
			.andReturn()
			.getResponse();
		String etag = before.getHeader("ETag");

		placedOrder(7);

		MockHttpServletResponse after = this.mvc
			.perform(get("/api/v1/products/" + this.product).header("If-None-Match", etag).with(SignIn.as("viewer")))
			.andReturn()
			.getResponse();
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(after.getContentAsString(), "$.onOrder")).isEqualTo(7);
		assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
		this.mvc
			.perform(get("/api/v1/products/" + this.product).header("If-None-Match", after.getHeader("ETag"))
				.with(SignIn.as("viewer")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotModified());
	}

	@Test
	void cancellingAPartlyReceivedOrderCancelsWhatIsOpenAndKeepsWhatCameIn() throws Exception {
		long order = placedOrder(10);
		receive(order, line(order), 4, null, 201);

		String cancelled = call(post(API + "/" + order + "/cancel"), "manager", 200);

		assertThat((String) JsonPath.read(cancelled, "$.status")).isEqualTo("CANCELLED");
		assertThat((Integer) JsonPath.read(cancelled, "$.lines[0].received")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(cancelled, "$.lines[0].cancelled")).isEqualTo(6);
		assertThat(onOrder(this.product)).isZero();
		assertThat(onHand(this.product)).isEqualTo(4);
	}

	@Test
	void onlyADraftIsReplacedOrDeletedAndAStaleVersionIsRefused() throws Exception {
		String draft = call(json(post(API), orderBody(5, "2.00")), "manager", 201);
		long id = ((Number) JsonPath.read(draft, "$.id")).longValue();
		assertThat((Double) JsonPath.read(draft, "$.total")).isEqualTo(10.0);

		String body = orderBody(6, null);
		String withVersion = body.substring(0, body.lastIndexOf('}')) + ", \"version\": 0}";
		call(json(put(API + "/" + id), body), "manager", 400);
		String stale = call(json(put(API + "/" + id), withVersion.replace("\"version\": 0", "\"version\": 7")),
				"manager", 409);
		assertThat(stale).contains("stale-version").doesNotContain("Exception");
		String updated = call(json(put(API + "/" + id), withVersion), "manager", 200);
		// No unit cost given: the supplier's offer.
		assertThat((Double) JsonPath.read(updated, "$.lines[0].unitCost")).isEqualTo(1.25);
		assertThat((Double) JsonPath.read(updated, "$.total")).isEqualTo(7.5);

		call(post(API + "/" + id + "/place"), "manager", 200);
		call(json(put(API + "/" + id), withVersion.replace("\"version\": 0", "\"version\": 1")), "manager", 409);
		call(delete(API + "/" + id), "manager", 409);
		call(post(API + "/" + id + "/place"), "manager", 409);
	}

	@Test
	void refusesUnknownReferencesAndInvalidBodies() throws Exception {
		String unknown = call(
				json(post(API),
						orderBody(5, "1.00").replace("\"productId\": " + this.product, "\"productId\": 999999999")),
				"manager", 422);
		assertThat(unknown).contains("unknown-reference");
		call(json(post(API), orderBody(0, "1.00")), "manager", 400);
		call(json(post(API),
				"{\"supplierId\": %d, \"warehouseId\": %d, \"lines\": []}".formatted(this.supplier, this.warehouse)),
				"manager", 400);
		long order = placedOrder(2);
		call(json(post(API + "/" + order + "/receipts"), receiptBody(424242L, 1)), "clerk", 422);
		call(json(post(API + "/" + order + "/receipts"), receiptBody(line(order), 0)), "clerk", 400);
		call(get(API + "/424242424"), "viewer", 404);
	}

	@Test
	void rolesDoWhatTheirRowsSay() throws Exception {
		call(json(post(API), orderBody(5, "1.00")), "viewer", 403);
		call(json(post(API), orderBody(5, "1.00")), "clerk", 403);
		long order = placedOrder(5);
		call(post(API + "/" + order + "/cancel"), "clerk", 403);
		call(json(post(API + "/" + order + "/receipts"), receiptBody(line(order), 1)), "viewer", 403);
		call(json(post(API + "/" + order + "/receipts"), receiptBody(line(order), 1)), "clerk", 201);
	}

	@Test
	void theListFiltersAndComesAsCsv() throws Exception {
		long order = placedOrder(5);
		String number = JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.number");

		String bySupplier = call(get(API + "?supplier=" + this.supplier + "&status=PLACED"), "viewer", 200);
		assertThat((List<Integer>) JsonPath.read(bySupplier, "$.content[*].id")).containsExactly((int) order);
		String other = call(get(API + "?supplier=" + this.supplier + "&status=DRAFT"), "viewer", 200);
		assertThat((List<Integer>) JsonPath.read(other, "$.content[*].id")).isEmpty();
		call(get(API + "?sort=notes,asc"), "viewer", 400);
		String csv = this.mvc
			.perform(get(API + "?warehouse=" + this.warehouse).accept("text/csv").with(SignIn.as("viewer")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,number,status");
		assertThat(csv).contains(number);
	}

	@Test
	void aProductWithTwentyOnOrderAtItsReorderPointGetsASuggestionTwentySmaller() throws Exception {
		long low = this.products
			.create(new ProductRequest("SUG-" + unique(), "Suggested", null, null, null, null, 30, 50, null, null, null,
					null, null))
			.id();
		this.suppliers.putOffer(low, this.supplier, new SupplierOfferRequest("S-" + unique(), BigDecimal.ONE, 3));
		this.ledger.record(new MovementRequest(MovementType.RECEIPT, low, this.warehouse, null, 30, null, null), "test",
				Instant.now());
		ProductInWarehouse level = new ProductInWarehouse(low, this.warehouse);
		ReorderSuggestion before = this.suggestions.of(List.of(level)).get(0);
		assertThat(before.level().available()).isEqualTo(before.level().reorderPoint());
		assertThat(before.suggestedOrder()).isEqualTo(50);

		String draft = call(json(post(API),
				"{\"supplierId\": %d, \"warehouseId\": %d, \"lines\": [{\"productId\": %d, \"quantity\": 20}]}"
					.formatted(this.supplier, this.warehouse, low)),
				"manager", 201);
		ReorderSuggestion drafted = this.suggestions.of(List.of(level)).get(0);
		assertThat(drafted.onOrder()).as("a draft is not on order").isZero();
		// Read (and cached) before the order is placed: placing it must evict the detail.
		assertThat(onOrder(low)).isZero();
		call(post(API + "/" + JsonPath.read(draft, "$.id") + "/place"), "manager", 200);

		ReorderSuggestion after = this.suggestions.of(List.of(level)).get(0);
		assertThat(after.onOrder()).isEqualTo(20);
		assertThat(after.suggestedOrder()).isEqualTo(before.suggestedOrder() - 20);
		assertThat(onOrder(low)).isEqualTo(20);
	}

	@Test
	void threeSuggestionsOfTwoSuppliersMakeTwoDrafts() throws Exception {
		long cheap = supplier("Cheap " + unique());
		long preferred = supplier("Preferred " + unique());
		// A: cheapest at "cheap"; B: cheaper at "cheap" but preferred at "preferred"; C:
		// only
		// "preferred".
		long a = lowProduct();
		long b = lowProduct();
		long c = lowProduct();
		this.suppliers.putOffer(a, cheap, new SupplierOfferRequest("A1", new BigDecimal("1.00"), 1));
		this.suppliers.putOffer(a, preferred, new SupplierOfferRequest("A2", new BigDecimal("2.00"), 1));
		this.suppliers.putOffer(b, cheap, new SupplierOfferRequest("B1", new BigDecimal("1.00"), 1));
		this.suppliers.putOffer(b, preferred, new SupplierOfferRequest("B2", new BigDecimal("3.00"), 1, true));
		this.suppliers.putOffer(c, preferred, new SupplierOfferRequest("C2", new BigDecimal("4.00"), 1));

		String made = call(json(post("/api/v1/reorder-suggestions/orders"), """
				{"lines": [{"productId": %d, "warehouseId": %d}, {"productId": %d, "warehouseId": %d},
				           {"productId": %d, "warehouseId": %d}]}""".formatted(a, this.warehouse, b, this.warehouse, c,
				this.warehouse)), "manager", 201);

		List<Map<String, Object>> orders = JsonPath.read(made, "$.orders");
		assertThat(orders).hasSize(2).allSatisfy((order) -> assertThat(order.get("status")).isEqualTo("DRAFT"));
		Map<String, Object> fromCheap = orders.stream()
			.filter((order) -> ((Number) order.get("supplierId")).longValue() == cheap)
			.findFirst()
			.orElseThrow();
		Map<String, Object> fromPreferred = orders.stream()
			.filter((order) -> ((Number) order.get("supplierId")).longValue() == preferred)
			.findFirst()
			.orElseThrow();
		assertThat((List<Integer>) JsonPath.read(fromCheap, "$.lines[*].productId")).containsExactly((int) a);
		assertThat((List<Integer>) JsonPath.read(fromPreferred, "$.lines[*].productId"))
			.containsExactlyInAnyOrder((int) b, (int) c);
		// reorder point 10, reorder quantity 15, 5 on hand: 10 + 15 - 5
		assertThat((List<Integer>) JsonPath.read(fromPreferred, "$.lines[*].quantity")).containsOnly(20);
		assertThat((List<Double>) JsonPath.read(fromPreferred, "$.lines[*].unitCost")).containsExactlyInAnyOrder(3.0,
				4.0);
		call(json(post("/api/v1/reorder-suggestions/orders"),
				"{\"lines\": [{\"productId\": %d, \"warehouseId\": %d}]}".formatted(a, this.warehouse)), "clerk", 403);
	}

	@Test
	void aProductOnAnOrderCannotBeDeleted() throws Exception {
		call(json(post(API), orderBody(3, "1.00")), "manager", 201);

		String refused = call(delete("/api/v1/products/" + this.product), "admin", 409);

		assertThat(refused).contains("it is on purchase orders");
	}

	@Test
	void thePdfShowsTheOrdersLinesAndTotal() throws Exception {
		String order = call(json(post(API), orderBody(8, "1.50")), "manager", 201);
		long id = ((Number) JsonPath.read(order, "$.id")).longValue();
		String number = JsonPath.read(order, "$.number");

		MockHttpServletResponse response = this.mvc.perform(get(API + "/" + id + "/pdf").with(SignIn.as("viewer")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String text = text(response.getContentAsByteArray());
		assertThat(text).contains("Purchase order " + number)
			.contains(this.sku)
			.contains("Hex bolt M8 × 40")
			.contains("Total")
			.contains("12.00")
			.contains("1.50");
	}

	private long lowProduct() {
		long id = this.products
			.create(new ProductRequest("LOW-" + unique(), "Low", null, null, null, null, 10, 15, null, null, null, null,
					null))
			.id();
		this.ledger.record(new MovementRequest(MovementType.RECEIPT, id, this.warehouse, null, 5, null, null), "test",
				Instant.now());
		return id;
	}

	private long supplier(String name) {
		return this.suppliers.create(new SupplierRequest(name, null, null, null, null, null)).id();
	}

	private long placedOrder(int quantity) throws Exception {
		String draft = call(json(post(API), orderBody(quantity, "1.50")), "manager", 201);
		long id = ((Number) JsonPath.read(draft, "$.id")).longValue();
		String placed = call(post(API + "/" + id + "/place"), "manager", 200);
		assertThat((String) JsonPath.read(placed, "$.status")).isEqualTo("PLACED");
		return id;
	}

	private String orderBody(int quantity, String unitCost) {
		return """
				{"supplierId": %d, "warehouseId": %d, "expectedDate": "2026-12-24", "notes": "Gate 2",
				 "lines": [{"productId": %d, "quantity": %d%s}]}
				""".formatted(this.supplier, this.warehouse, this.product, quantity,
				(unitCost != null) ? ", \"unitCost\": " + unitCost : "");
	}

	private long line(long order) throws Exception {
		return ((Number) JsonPath.read(call(get(API + "/" + order), "viewer", 200), "$.lines[0].id")).longValue();
	}

	private String receive(long order, long line, int quantity, String key, int status) throws Exception {
		MockHttpServletRequestBuilder request = json(post(API + "/" + order + "/receipts"),
				receiptBody(line, quantity));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return call(request, "clerk", status);
	}

	private static String receiptBody(long line, int quantity) {
		return "{\"lines\": [{\"lineId\": %d, \"quantity\": %d}]}".formatted(line, quantity);
	}

	private int onOrder(long productId) throws Exception {
		return JsonPath.read(call(get("/api/v1/products/" + productId), "viewer", 200), "$.onOrder");
	}

	private int onHand(long productId) throws Exception {
		List<Integer> levels = JsonPath.read(call(get("/api/v1/stock/levels?product=" + productId), "viewer", 200),
				"$.content[*].onHand");
		return levels.stream().mapToInt(Integer::intValue).sum();
	}

	private List<Map<String, Object>> receipts(long productId) throws Exception {
		return JsonPath.read(call(get("/api/v1/stock/movements?product=" + productId + "&type=RECEIPT"), "viewer", 200),
				"$.content");
	}

	private String call(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(SignIn.as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s as %s: %s", request, user, response.getContentAsString())
			.isEqualTo(status);
		return response.getContentAsString();
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
