package dev.stockroom.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.admin.web.AdminSite;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every registered model's change list runs the same number of SQL statements for a page
 * of 5 rows as for a page of 50: associations are joined into the page query and each
 * computed column is one batched call, never a query per row. Enough rows of every model
 * are made first, so that both pages are full.
 */
@IntegrationTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminStatementCountIntegrationTests {

	private static final int ROWS = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	AdminSite site;

	MockHttpSession admin;

	@BeforeAll
	void makeRowsOfEveryModel(@Autowired ProductService products, @Autowired CategoryService categories,
			@Autowired SupplierService suppliers, @Autowired WarehouseService warehouses, @Autowired StockLedger stock,
			@Autowired UserService users, @Autowired ApiTokenService tokens, @Autowired AccountAdministration accounts,
			@Autowired PurchaseOrderService purchaseOrders, @Autowired SalesOrderService salesOrders) throws Exception {
		String run = AdminPagesIntegrationTests.unique();
		long parent = categories.create(new CategoryRequest("Counted " + run, null, null, null)).id();
		long warehouse = warehouses.create(new WarehouseRequest("C" + run, "Counted", null, null, null)).id();
		for (int i = 0; i < ROWS; i++) {
			long category = categories.create(new CategoryRequest("Counted " + run + " " + i, null, parent, null)).id();
			long product = products
				.create(new ProductRequest("CNTA-" + run + "-" + i, "Counted " + i, null, null, new BigDecimal("1.25"),
						null, null, null, null, null, category, List.of("counted"), null))
				.id();
			long supplier = suppliers
				.create(new SupplierRequest("Counted " + run + " " + i, null, null, null, null, null))
				.id();
			suppliers.putOffer(product, supplier, new SupplierOfferRequest("S" + i, BigDecimal.ONE, 1));
			warehouses.create(new WarehouseRequest("C" + run + i, "Counted " + i, null, null, null));
			stock.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 3, "counted", null));
			purchaseOrders.create(new PurchaseOrderRequest(supplier, warehouse, null, "counted",
					List.of(new PurchaseOrderLineRequest(product, 2, null)), null));
			salesOrders.create(new SalesOrderRequest(new Customer("Counted " + i, null, null), warehouse,
					List.of(new SalesOrderLineRequest(product, 2, BigDecimal.ONE)), null));
			String username = ("cnt" + run + i).toLowerCase();
			users.register(new RegistrationRequest(username, username + "@example.com", "Counted " + i,
					"a long enough passphrase " + run));
			tokens.create(username, "Counted " + i, Optional.empty());
			accounts.saveGroup(null, new GroupRequest("Counted " + run + " " + i, null, Set.of(), null));
		}
		this.admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
	}

	Stream<String> slugs() {
		return this.site.models().stream().map(ModelAdmin::slug);
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void aChangeListCostsTheSameStatementsForFiveRowsAsForFifty(String slug) throws Exception {
		long five = countStatements("/admin/" + slug + "?size=5", 5);
		long fifty = countStatements("/admin/" + slug + "?size=50", 50);
		System.out.printf("GET /admin/%s: size=5 ran %d statements, size=50 ran %d%n", slug, five, fifty);
		assertThat(fifty).isEqualTo(five);
		assertThat(five).isLessThanOrEqualTo(8);
	}

	private long countStatements(String url, int rows) throws Exception {
		// Once untimed, so that both sizes are counted with the caches
		// (the category tree the filters offer) already filled:
		// whichever size ran first would otherwise pay for them.
		render(url);
		this.statements.reset();
		String body = render(url);
		long count = this.statements.count();
		assertThat(Jsoup.parse(body).select("table.admin-list tbody tr[id^=row-]")).as(url).hasSize(rows);
		return count;
	}

	private String render(String url) throws Exception {
		return this.mvc.perform(get(url).session(this.admin).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
