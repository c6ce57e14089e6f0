package dev.stockroom.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.identity.StandardMatrix;
import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page the permission matrix lists (a GET served by a controller, without path
 * variables) passes an HTML check, seen by the superuser, who sees every link and button:
 * no two elements share an id, every form control has a label, and the answer carries the
 * security headers. A page added later is checked as soon as its row is.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PageHtmlIntegrationTests {

	@Autowired
	MockMvc mvc;

	MockHttpSession session;

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	PurchaseOrderService purchaseOrders;

	@Autowired
	SalesOrderService salesOrders;

	// One row of each resource, for the pages whose path names an id.
	final Map<String, Long> ids = new HashMap<>();

	@BeforeAll
	void signIn() throws Exception {
		this.session = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.ids.put("/products/", this.products.create(ProductRequest.of("HTML-" + suffix, "Checked")).id());
		this.ids.put("/categories/",
				this.categories.create(new CategoryRequest("Checked " + suffix, null, null, null)).id());
		this.ids.put("/suppliers/",
				this.suppliers.create(new SupplierRequest("Checked " + suffix, null, null, null, null, null)).id());
		this.ids.put("/warehouses/",
				this.warehouses.create(new WarehouseRequest("H" + suffix, "Checked", null, null, null)).id());
		this.ids.put("/purchase-orders/",
				this.purchaseOrders
					.create(new PurchaseOrderRequest(this.ids.get("/suppliers/"), this.ids.get("/warehouses/"), null,
							"Checked",
							List.of(new PurchaseOrderLineRequest(this.ids.get("/products/"), 3,
									java.math.BigDecimal.ONE)),
							null))
					.id());
		this.ids.put("/sales-orders/", this.salesOrders
			.create(new SalesOrderRequest(new Customer("Checked " + suffix, null, null), this.ids.get("/warehouses/"),
					List.of(new SalesOrderLineRequest(this.ids.get("/products/"), 3, java.math.BigDecimal.ONE)), null))
			.id());
	}

	public static Stream<String> pages() {
		return StandardMatrix.get()
			.rules()
			.stream()
			.filter((rule) -> rule.availability() == Availability.ALWAYS && !rule.isApi()
					&& rule.method().equals(HttpMethod.GET) && !rule.pattern().endsWith(".csv")
					&& (!rule.pattern().contains("{") || ID_PAGE.matcher(rule.pattern()).matches()))
			.map(EndpointRule::pattern);
	}

	// The pages of one product, category, supplier or warehouse (not media files, not a
	// reset link, which is a page of its own tests).
	private static final Pattern ID_PAGE = Pattern.compile(
			"/(products|categories|suppliers|warehouses|purchase-orders|sales-orders)/\\{id}(/(edit|delete|image|stock))?");

	private String concrete(String pattern) {
		return this.ids.entrySet()
			.stream()
			.filter((resource) -> pattern.startsWith(resource.getKey() + "{id}"))
			.findFirst()
			.map((resource) -> pattern.replace("{id}", Long.toString(resource.getValue())))
			.orElse(pattern);
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pagePassesTheHtmlCheck(String pattern) throws Exception {
		String path = concrete(pattern);
		MockHttpServletResponse response = this.mvc.perform(get(path).session(this.session).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).as(path).startsWith("text/html");
		assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
		assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(duplicateIds(page)).as("duplicate ids on %s", path).isEmpty();
		assertThat(unlabelledControls(page)).as("controls without a label on %s", path).isEmpty();
		assertThat(page.select("main#content")).as("one main landmark on %s", path).hasSize(1);
		assertThat(page.select("[style], [onclick], [onload], [onsubmit], [onchange]"))
			.as("inline style or script on %s", path)
			.isEmpty();
		assertThat(page.select("script:not([src])")).as("inline script on %s", path).isEmpty();
	}

	// A browser asks for /favicon.ico on its first visit whatever the page links to.
	@Test
	void theFaviconIsThereForAnyone() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/favicon.ico").with(SignIn.anonymous()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("image/");
		assertThat(response.getContentAsByteArray()).startsWith(new byte[] { 0, 0, 1, 0 });
	}

	private static List<String> duplicateIds(Document page) {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (Element element : page.select("[id]")) {
			if (!seen.add(element.id())) {
				duplicates.add(element.id());
			}
		}
		return duplicates;
	}

	// A control is labelled by a <label for> naming its id,
	// a <label> around it, or aria-label / aria-labelledby.
	// Hidden fields and buttons (labelled by their text) need none.
	private static List<String> unlabelledControls(Document page) {
		List<String> unlabelled = new ArrayList<>();
		for (Element control : page.select("input, select, textarea")) {
			String type = control.attr("type").toLowerCase();
			if (type.equals("hidden") || type.equals("submit") || type.equals("button") || type.equals("reset")
					|| type.equals("image")) {
				continue;
			}
			boolean labelled = (!control.id().isEmpty() && !page.select("label[for=" + control.id() + "]").isEmpty())
					|| !control.parents().select("label").isEmpty() || !control.attr("aria-label").isBlank()
					|| !control.attr("aria-labelledby").isBlank();
			if (!labelled) {
				unlabelled.add(control.outerHtml());
			}
		}
		return unlabelled;
	}

}
