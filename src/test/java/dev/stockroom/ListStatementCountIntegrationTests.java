package dev.stockroom;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No list costs more statements for more rows (the N+1 problem): every list endpoint of
 * the API (JSON and CSV) and every list page is asked for {@value #FEW} rows and for
 * {@value #MANY}, and must run the same number of SQL statements both times. Each
 * {@link ListRequest} states how to ask for {@code n} rows and how to count the rows in
 * the answer, so that the test also proves that the larger answer really had more rows.
 *
 * <p>
 * Adding a list is one line in {@link #lists()}: a name, the request for {@code n} rows
 * (a page size, or a filter that selects {@code n} rows of the fixtures below) and how
 * its rows are counted ({@link Rows}).
 *
 * <p>
 * The totals are not counted on every request either: a second identical request of a
 * list runs no count query ({@link #countedLists()}), and a new row is still in the next
 * total.
 */
@IntegrationTest
@Import(StatementCounting.class)
// The signed-in user is kept for the whole class: an identity entry expiring between
// the two measured requests would add its reload to one of them (a busy machine can
// take longer than the 30 s default over this class).
@TestPropertySource(properties = "stockroom.identity-cache.ttl=1h")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListStatementCountIntegrationTests {

	static final int FEW = 5;

	static final int MANY = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger stock;

	@Autowired
	PurchaseOrderService purchaseOrders;

	@Autowired
	SalesOrderService salesOrders;

	/**
	 * What the fixtures made, by name, each for {@link #FEW} and {@link #MANY} rows where
	 * a list needs a filter that selects that many (a warehouse holding 5 or 50 products,
	 * say). Rows of their own, under a unique name, so that other test classes sharing
	 * the database neither see them nor change what is counted here.
	 */
	static final Fixtures fixtures = new Fixtures();

	MockHttpSession session;

	static Stream<Arguments> lists() {
		return Stream.of(
				// The API's JSON lists: a page of n.
				api("products", (n) -> "/api/v1/products?q=%s&size=%d".formatted(fixtures.sku(), n)),
				api("products in a category tree",
						(n) -> "/api/v1/products?category=%d&size=%d".formatted(fixtures.id("root"), n)),
				api("products sorted by price",
						(n) -> "/api/v1/products?q=%s&sort=price,desc&size=%d".formatted(fixtures.sku(), n)),
				api("categories", (n) -> "/api/v1/categories?q=%s&size=%d".formatted(fixtures.suffix, n)),
				api("suppliers", (n) -> "/api/v1/suppliers?q=%s&size=%d".formatted(fixtures.suffix, n)),
				api("warehouses", (n) -> "/api/v1/warehouses?q=%s&size=%d".formatted(fixtures.suffix, n)),
				api("stock levels",
						(n) -> "/api/v1/stock/levels?warehouse=%d&size=%d".formatted(fixtures.id("stocked", MANY), n)),
				api("low stock levels",
						(n) -> "/api/v1/stock/levels?warehouse=%d&lowStock=true&size=%d"
							.formatted(fixtures.id("stocked", MANY), n)),
				api("stock movements",
						(n) -> "/api/v1/stock/movements?warehouse=%d&size=%d".formatted(fixtures.id("stocked", MANY),
								n)),
				api("movements of one type",
						(n) -> "/api/v1/stock/movements?warehouse=%d&type=RECEIPT&size=%d"
							.formatted(fixtures.id("stocked", MANY), n)),
				row("offers of a product", Rows.JSON_ARRAY,
						(n) -> get("/api/v1/products/%d/offers".formatted(fixtures.id("offered", n)))),
				// The API's CSV: every row the filters select, so n rows are n selected.
				row("products as CSV", Rows.CSV,
						(n) -> csv("/api/v1/products?category=%d".formatted(fixtures.id("category", n)))),
				row("categories as CSV", Rows.CSV,
						(n) -> csv("/api/v1/categories?parent=%d".formatted(fixtures.id("parent", n)))),
				row("suppliers as CSV", Rows.CSV, (n) -> csv("/api/v1/suppliers?q=%s".formatted(fixtures.group(n)))),
				row("warehouses as CSV", Rows.CSV, (n) -> csv("/api/v1/warehouses?q=%s".formatted(fixtures.group(n)))),
				row("stock levels as CSV", Rows.CSV,
						(n) -> csv("/api/v1/stock/levels?warehouse=%d".formatted(fixtures.id("stocked", n)))),
				row("stock movements as CSV", Rows.CSV,
						(n) -> csv("/api/v1/stock/movements?warehouse=%d".formatted(fixtures.id("stocked", n)))),
				// The pages: a page of n where the page takes a size,
				// else n rows selected.
				page("product list page", (n) -> "/products?q=%s&size=%d".formatted(fixtures.sku(), n)),
				page("category list page", (n) -> "/categories?q=%s&size=%d".formatted(fixtures.suffix, n)),
				page("supplier list page", (n) -> "/suppliers?q=%s&size=%d".formatted(fixtures.suffix, n)),
				page("warehouse list page", (n) -> "/warehouses?q=%s&size=%d".formatted(fixtures.group(n), n)),
				page("stock level page", (n) -> "/stock/levels?warehouse=%d".formatted(fixtures.id("stocked", n))),
				page("movement history page",
						(n) -> "/stock/movements?warehouse=%d".formatted(fixtures.id("stocked", n))),
				page("product stock page", (n) -> "/products/%d/stock".formatted(fixtures.id("spread", n))),
				page("product detail page (stock per warehouse)",
						(n) -> "/products/%d".formatted(fixtures.id("spread", n))),
				// Purchase orders: a supplier with n orders of two lines each.
				api("purchase orders",
						(n) -> "/api/v1/purchase-orders?supplier=%d&size=%d".formatted(fixtures.id("ordering", MANY),
								n)),
				api("purchase orders by status",
						(n) -> "/api/v1/purchase-orders?supplier=%d&status=PLACED&size=%d"
							.formatted(fixtures.id("ordering", MANY), n)),
				row("purchase orders as CSV", Rows.CSV,
						(n) -> csv("/api/v1/purchase-orders?supplier=%d".formatted(fixtures.id("ordering", n)))),
				page("purchase order list page",
						(n) -> "/purchase-orders?supplier=%d&size=%d".formatted(fixtures.id("ordering", MANY), n)),
				// Sales orders: a warehouse with n confirmed orders of two lines each.
				api("sales orders",
						(n) -> "/api/v1/sales-orders?warehouse=%d&size=%d".formatted(fixtures.id("selling", MANY), n)),
				api("sales orders by status",
						(n) -> "/api/v1/sales-orders?warehouse=%d&status=CONFIRMED&size=%d"
							.formatted(fixtures.id("selling", MANY), n)),
				row("sales orders as CSV", Rows.CSV,
						(n) -> csv("/api/v1/sales-orders?warehouse=%d".formatted(fixtures.id("selling", n)))),
				page("sales order list page",
						(n) -> "/sales-orders?warehouse=%d&size=%d".formatted(fixtures.id("selling", MANY), n)),
				page("products CSV page", Rows.CSV,
						(n) -> "/products.csv?category=%d".formatted(fixtures.id("category", n))),
				page("movements CSV page", Rows.CSV,
						(n) -> "/stock/movements.csv?warehouse=%d".formatted(fixtures.id("stocked", n))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void costsTheSameStatementsForFewAndManyRows(String name, ListRequest list) throws Exception {
		// Once unmeasured: the first request of a kind may fill caches (a user's
		// permissions, say) that later ones use.
		count(list, FEW);
		Measured few = count(list, FEW);
		Measured many = count(list, MANY);
		System.out.printf("%-45s %d rows: %d statements, %d rows: %d statements%n", name, FEW, few.total(), MANY,
				many.total());
		assertThat(few.total()).as("%s: the request's statements were counted", name).isPositive();
		assertThat(many.withoutCount())
			.as("%s: statements other than the count for %d rows against %d rows:%n%s%nagainst%n%s", name, MANY, FEW,
					String.join("\n", many.sql()), String.join("\n", few.sql()))
			.isEqualTo(few.withoutCount());
		// The fuller answer may add the count of each list it pages (a product's page
		// shows two: its stock levels and its movements), never more.
		assertThat(many.counts()).as("%s: count queries", name).isLessThanOrEqualTo(few.counts() + 2);
		// Reads run in read-only transactions, whatever they read.
		assertThat(many.sql()).as("%s: statements outside a read-only transaction", name)
			.noneMatch((sql) -> sql.startsWith(StatementCounter.WRITABLE));
	}

	/**
	 * The lists whose totals are cached ({@code ListTotals}): a page of {@link #FEW} rows
	 * out of more, so that the page alone cannot tell the total.
	 */
	static Stream<Arguments> countedLists() {
		return Stream.of(api("products", (n) -> "/api/v1/products?q=%s&size=%d".formatted(fixtures.sku(), n)),
				api("categories", (n) -> "/api/v1/categories?q=%s&size=%d".formatted(fixtures.suffix, n)),
				api("suppliers", (n) -> "/api/v1/suppliers?q=%s&size=%d".formatted(fixtures.suffix, n)),
				api("warehouses", (n) -> "/api/v1/warehouses?q=%s&size=%d".formatted(fixtures.suffix, n)),
				api("stock movements, unfiltered", (n) -> "/api/v1/stock/movements?size=%d".formatted(n)),
				api("stock movements of a warehouse",
						(n) -> "/api/v1/stock/movements?warehouse=%d&size=%d".formatted(fixtures.id("stocked", MANY),
								n)),
				page("product list page", (n) -> "/products?q=%s&size=%d".formatted(fixtures.sku(), n)),
				page("warehouse list page", (n) -> "/warehouses?q=%s&size=%d".formatted(fixtures.suffix, n)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("countedLists")
	void aSecondIdenticalListRequestRunsNoCount(String name, ListRequest list) throws Exception {
		this.mvc.perform(list.request(this, FEW));
		this.statements.reset();
		MockHttpServletResponse response = this.mvc.perform(list.request(this, FEW)).andReturn().getResponse();
		List<String> sql = this.statements.statementsOn(Thread.currentThread());

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(list.rows().count(response)).as("rows in the answer").isEqualTo(FEW);
		assertThat(sql).as("%s: statements of the second request", name)
			.noneMatch(StatementCounter::isCountQuery)
			.isNotEmpty();
	}

	// Exact: a product written after a total was cached is in the next total.
	@Test
	void aNewProductIsInTheNextPagesTotal() throws Exception {
		String url = "/api/v1/products?q=%s&size=%d".formatted(fixtures.sku(), FEW);
		int before = total(url);
		assertThat(total(url)).isEqualTo(before);

		this.products.create(new ProductRequest("%s-new-%d".formatted(fixtures.sku(), System.nanoTime()), "Counted",
				null, null, null, null, null, null, null, null, null, null, null));

		this.statements.reset();
		assertThat(total(url)).isEqualTo(before + 1);
		assertThat(this.statements.statementsOn(Thread.currentThread())).as("counted again")
			.filteredOn(StatementCounter::isCountQuery)
			.hasSize(1);
		assertThat(total(url)).isEqualTo(before + 1);
	}

	private int total(String url) throws Exception {
		return JsonPath.read(this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString(),
				"$.page.totalElements");
	}

	// A list asked for more rows than a page may hold answers 100 (Spring Data's own
	// cap would be 2000): what keeps any list's cost bounded.
	@Test
	void pageSizesAreCappedAt100() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/products?size=5000").with(SignIn.as("viewer")))
			.andReturn()
			.getResponse();
		assertThat((Integer) JsonPath.read(response.getContentAsString(), "$.page.size")).isEqualTo(100);
	}

	private Measured count(ListRequest list, int rows) throws Exception {
		RequestBuilder request = list.request(this, rows);
		// Once uncounted, so that both sizes are counted with the caches
		// (a product's detail, the category tree) already filled:
		// whichever size ran first would otherwise pay for them.
		this.mvc.perform(list.request(this, rows));
		this.statements.reset();
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		// The request's own statements: those on the test's thread (MockMvc runs
		// the request there; scheduled clean-ups run on others), without the JWT
		// revocation look-up, which Redis answers for 30 s after each database look-up,
		// so whether a request runs it depends on the clock, not on the list.
		List<String> sql = this.statements.statementsOn(Thread.currentThread())
			.stream()
			.filter((statement) -> !statement.contains("FROM refresh_tokens"))
			.toList();
		Measured measured = new Measured(sql.size(),
				sql.stream().filter((statement) -> !StatementCounter.isCountQuery(statement)).count(), sql);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(list.rows().count(response)).as("rows in the answer").isGreaterThanOrEqualTo(rows);
		return measured;
	}

	/**
	 * What one request cost.
	 *
	 * @param total every statement
	 * @param withoutCount all but Spring Data's page count query, which runs only when a
	 * page is full (see {@link StatementCounter#countQueries()})
	 * @param sql the statements, for the failure message
	 */
	record Measured(long total, long withoutCount, List<String> sql) {

		long counts() {
			return this.total - this.withoutCount;
		}

	}

	static Arguments api(String name, IntFunction<String> url) {
		return row(name, Rows.JSON_PAGE, (n) -> get(url.apply(n)));
	}

	static Arguments page(String name, IntFunction<String> url) {
		return page(name, Rows.HTML_TABLE, url);
	}

	// A page is asked for with a signed-in session (form login), as a browser asks.
	static Arguments page(String name, Rows rows, IntFunction<String> url) {
		return Arguments.of(name,
				new ListRequest((test, n) -> get(url.apply(n)).session(test.session).with(SignIn.anonymous()), rows));
	}

	static Arguments row(String name, Rows rows, IntFunction<MockHttpServletRequestBuilder> request) {
		return Arguments.of(name, new ListRequest((test, n) -> request.apply(n), rows));
	}

	static MockHttpServletRequestBuilder csv(String url) {
		return get(url).accept("text/csv");
	}

	@BeforeAll
	void createFixtures() throws Exception {
		this.session = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		Fixtures f = fixtures;
		String s = f.suffix;
		long root = this.categories.create(new CategoryRequest("Counted " + s, null, null, null)).id();
		f.put("root", root);
		for (int n : List.of(FEW, MANY)) {
			// A category with n products; a parent with n sub-categories.
			f.put("category", n,
					this.categories.create(new CategoryRequest("Counted %d %s".formatted(n, s), null, root, null))
						.id());
			long parent = this.categories.create(new CategoryRequest("Parent %d %s".formatted(n, s), null, root, null))
				.id();
			f.put("parent", n, parent);
			for (int i = 0; i < n; i++) {
				this.categories.create(new CategoryRequest("Child %d-%d %s".formatted(n, i, s), null, parent, null));
			}
		}
		// FEW + MANY products, each with a category and two tags.
		List<Long> productIds = new ArrayList<>();
		for (int n : List.of(FEW, MANY)) {
			for (int i = 0; i < n; i++) {
				productIds
					.add(this.products
						.create(new ProductRequest("%s-%d-%d".formatted(f.sku(), n, i), "Counted " + i, null, null,
								new BigDecimal("1.00"), new BigDecimal(i + 2), 3, null, null, null, f.id("category", n),
								List.of("cnt-a-%s-%d".formatted(s, i % 7), "cnt-b-%s-%d".formatted(s, i % 5)), null))
						.id());
			}
		}
		// Suppliers and warehouses in two groups, FEW and MANY, found by a search for
		// the group's name; a product offered by FEW suppliers and one by MANY.
		List<Long> supplierIds = new ArrayList<>();
		List<Long> warehouseIds = new ArrayList<>();
		for (int n : List.of(FEW, MANY)) {
			for (int i = 0; i < n; i++) {
				supplierIds.add(this.suppliers
					.create(new SupplierRequest("%s %d".formatted(f.group(n), i), null, null, null, null, null))
					.id());
				warehouseIds.add(this.warehouses
					.create(new WarehouseRequest("W%s%d%02d".formatted(s, n, i), "%s %d".formatted(f.group(n), i), null,
							null, null))
					.id());
			}
		}
		for (int n : List.of(FEW, MANY)) {
			long offered = productIds.get(n);
			f.put("offered", n, offered);
			for (int i = 0; i < n; i++) {
				this.suppliers.putOffer(offered, supplierIds.get(i),
						new SupplierOfferRequest("OFF-" + i, new BigDecimal("1.50"), i % 30));
			}
		}
		// A warehouse that holds FEW products and one that holds MANY (two movements
		// each, a receipt and an issue, so the lists show both kinds); a product spread
		// over FEW warehouses and one over MANY.
		for (int n : List.of(FEW, MANY)) {
			long warehouse = warehouseIds.get(FEW + MANY - 1 - (n == FEW ? 1 : 0));
			f.put("stocked", n, warehouse);
			for (int i = 0; i < n; i++) {
				move(MovementType.RECEIPT, productIds.get(i), warehouse, 10);
				move(MovementType.ISSUE, productIds.get(i), warehouse, 8);
			}
			long spread = productIds.get(FEW + MANY - 1 - (n == FEW ? 1 : 0));
			f.put("spread", n, spread);
			for (int i = 0; i < n; i++) {
				move(MovementType.RECEIPT, spread, warehouseIds.get(i), 5);
			}
		}
		order(f, productIds, warehouseIds);
		sell(f, productIds);
	}

	// A warehouse with FEW confirmed sales orders and one with MANY, two lines each.
	private void sell(Fixtures f, List<Long> productIds) {
		for (int n : List.of(FEW, MANY)) {
			long warehouse = this.warehouses
				.create(new WarehouseRequest("S%s%d".formatted(f.suffix, n), "Selling %d".formatted(n), null, null,
						null))
				.id();
			f.put("selling", n, warehouse);
			for (int i = 0; i <= n; i++) {
				move(MovementType.RECEIPT, productIds.get(i), warehouse, 20);
			}
			for (int i = 0; i < n; i++) {
				long order = this.salesOrders.create(
						new SalesOrderRequest(new Customer("Counted " + i, null, null), warehouse,
								List.of(new SalesOrderLineRequest(productIds.get(i), 5, BigDecimal.ONE),
										new SalesOrderLineRequest(productIds.get(i + 1), 7, BigDecimal.TEN)),
								null))
					.id();
				this.salesOrders.confirm(order);
			}
		}
	}

	// A supplier with FEW placed purchase orders and one with MANY, two lines each.
	private void order(Fixtures f, List<Long> productIds, List<Long> warehouseIds) {
		for (int n : List.of(FEW, MANY)) {
			long supplier = this.suppliers
				.create(new SupplierRequest("Ordering %d %s".formatted(n, f.suffix), null, null, null, null, null))
				.id();
			f.put("ordering", n, supplier);
			for (int i = 0; i < n; i++) {
				long order = this.purchaseOrders
					.create(new PurchaseOrderRequest(supplier, warehouseIds.get(0), null, "counted",
							List.of(new PurchaseOrderLineRequest(productIds.get(i), 5, BigDecimal.ONE),
									new PurchaseOrderLineRequest(productIds.get(i + 1), 7, BigDecimal.TEN)),
							null))
					.id();
				this.purchaseOrders.place(order);
			}
		}
	}

	private void move(MovementType type, long product, long warehouse, int quantity) {
		this.stock.record(new MovementRequest(type, product, warehouse, null, quantity, "counted", null), "admin",
				Instant.now());
	}

	/**
	 * One list: how to ask it for {@code n} rows, and how to count the rows it answers.
	 *
	 * @param request the request for n rows
	 * @param rows how the answer's rows are counted
	 */
	record ListRequest(Request request, Rows rows) {

		RequestBuilder request(ListStatementCountIntegrationTests test, int n) {
			return this.request.make(test, n);
		}

		@Override
		public String toString() {
			return this.rows.name();
		}

	}

	@FunctionalInterface
	interface Request {

		RequestBuilder make(ListStatementCountIntegrationTests test, int n);

	}

	/** How the rows of an answer are counted. */
	enum Rows {

		/** A page of the API: {@code {"content": [...], "page": {...}}}. */
		JSON_PAGE {
			@Override
			int count(MockHttpServletResponse response) throws Exception {
				return JsonPath.<Integer>read(response.getContentAsString(), "$.content.length()");
			}
		},

		/** A JSON array. */
		JSON_ARRAY {
			@Override
			int count(MockHttpServletResponse response) throws Exception {
				return JsonPath.<Integer>read(response.getContentAsString(), "$.length()");
			}
		},

		/** CSV with a header line. */
		CSV {
			@Override
			int count(MockHttpServletResponse response) throws Exception {
				return (int) response.getContentAsString().lines().filter((line) -> !line.isBlank()).count() - 1;
			}
		},

		/** A page: the rows of its tables' bodies. */
		HTML_TABLE {
			@Override
			int count(MockHttpServletResponse response) throws Exception {
				return Jsoup.parse(response.getContentAsString()).select("tbody tr").size();
			}
		};

		abstract int count(MockHttpServletResponse response) throws Exception;

	}

	/** Ids the fixtures made, by name and row count. */
	static final class Fixtures {

		final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

		private final Map<String, Long> ids = new LinkedHashMap<>();

		String sku() {
			return "LSC-" + this.suffix;
		}

		// A name that a search finds in one group only ("five" is not part of "fifty").
		String group(int n) {
			return ((n == FEW) ? "Few " : "Many ") + this.suffix;
		}

		void put(String name, long id) {
			this.ids.put(name, id);
		}

		void put(String name, int n, long id) {
			this.ids.put(name + n, id);
		}

		long id(String name) {
			return this.ids.get(name);
		}

		long id(String name, int n) {
			return this.ids.get(name + n);
		}

	}

}
