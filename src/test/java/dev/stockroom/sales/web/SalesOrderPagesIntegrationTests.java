package dev.stockroom.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderFilter;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderResponse;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.sales.SalesOrderStatus;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sales order pages without a browser: a manager writes a draft on the form (errors
 * beside their fields), confirms it, and is told why a confirmation beyond what is
 * available is refused; each role sees only the buttons it may use; the list filters by
 * state; the packing slip comes from the page.
 */
@IntegrationTest
class SalesOrderPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger ledger;

	@Autowired
	SalesOrderService orders;

	String sku;

	long product;

	long warehouse;

	@BeforeEach
	void fixtures() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sku = "SOP-" + suffix;
		this.product = this.products.create(ProductRequest.of(this.sku, "Page bracket")).id();
		this.warehouse = this.warehouses.create(new WarehouseRequest("Q" + suffix, "Pages", null, null, null)).id();
		this.ledger.record(new MovementRequest(MovementType.RECEIPT, this.product, this.warehouse, null, 5, null, null),
				"test", Instant.now());
	}

	@Test
	void aManagerWritesADraftOnTheFormAndConfirmsIt() throws Exception {
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		String refused = this.mvc
			.perform(as(manager, post("/sales-orders/new")).param("customerName", " ")
				.param("customerEmail", "not an email")
				.param("warehouseId", "" + this.warehouse)
				.param("lines[0].sku", "NO-SUCH-SKU")
				.param("lines[0].quantity", "3")
				.param("lines[0].unitPrice", "1.00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(refused);
		assertThat(form.select("[id='customerName-error']").text()).isNotBlank();
		assertThat(form.select("[id='customerEmail-error']").text()).isNotBlank();

		String unknownSku = this.mvc
			.perform(as(manager, post("/sales-orders/new")).param("customerName", "Page customer")
				.param("warehouseId", "" + this.warehouse)
				.param("lines[0].sku", "NO-SUCH-SKU")
				.param("lines[0].quantity", "3")
				.param("lines[0].unitPrice", "1.00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(unknownSku).select("[id='lines[0].sku-error']").text())
			.isEqualTo("No product has the SKU NO-SUCH-SKU");

		String location = this.mvc
			.perform(as(manager, post("/sales-orders/new")).param("customerName", "Page customer")
				.param("customerAddress", "2 Dock Street")
				.param("warehouseId", "" + this.warehouse)
				.param("lines[0].sku", this.sku.toLowerCase(Locale.ROOT))
				.param("lines[0].quantity", "3")
				.param("lines[0].unitPrice", "4.10")
				.param("lines[1].sku", "")
				.param("lines[1].quantity", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		SalesOrderResponse draft = this.orders.get(id);
		assertThat(draft.customer().name()).isEqualTo("Page customer");
		assertThat(draft.lines()).singleElement().satisfies((line) -> {
			assertThat(line.productId()).isEqualTo(this.product);
			assertThat(line.unitPrice()).isEqualByComparingTo("4.10");
		});

		Document page = page(manager, location);
		assertThat(page.select("h1").first().text()).isEqualTo("Sales order " + draft.number());
		assertThat(page.select("#confirm")).hasSize(1);
		assertThat(page.select("#cancel")).hasSize(1);
		assertThat(page.select("#ship")).isEmpty();

		this.mvc.perform(as(manager, post(location + "/confirm")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Confirmed sales order " + draft.number()));
		assertThat(this.orders.get(id).status()).isEqualTo(SalesOrderStatus.CONFIRMED);
		Document confirmed = page(manager, location);
		assertThat(confirmed.select("#confirm")).isEmpty();
		assertThat(confirmed.select("#cancel")).hasSize(1);
		assertThat(confirmed.select("#ship")).hasSize(1);
		assertThat(confirmed.select(".line-reserved").text()).isEqualTo("3");
	}

	@Test
	void aConfirmationBeyondWhatIsAvailableSaysWhy() throws Exception {
		SalesOrderResponse order = draft(7);
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		String message = (String) this.mvc.perform(as(manager, post("/sales-orders/" + order.id() + "/confirm")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("flashError");

		assertThat(message).startsWith("Only 5 ");
		assertThat(this.orders.get(order.id()).status()).isEqualTo(SalesOrderStatus.DRAFT);
	}

	@Test
	void aViewerSeesNoActionsAndAClerkOnlyShips() throws Exception {
		SalesOrderResponse order = draft(2);
		this.orders.confirm(order.id());
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		Document page = page(viewer, "/sales-orders/" + order.id());
		assertThat(page.select("#confirm, #cancel, #ship")).isEmpty();
		assertThat(page.select(".order-total").text()).isEqualTo("6.40");
		this.mvc.perform(as(viewer, post("/sales-orders/" + order.id() + "/cancel"))).andExpect(status().isForbidden());
		byte[] pdf = this.mvc.perform(as(viewer, get("/sales-orders/" + order.id() + "/packing-slip")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		Document clerkPage = page(clerk, "/sales-orders/" + order.id());
		assertThat(clerkPage.select("#confirm, #cancel")).isEmpty();
		assertThat(clerkPage.select("#ship")).hasSize(1);
		this.mvc.perform(as(clerk, post("/sales-orders/" + order.id() + "/cancel"))).andExpect(status().isForbidden());
	}

	@Test
	void theListFiltersByStatus() throws Exception {
		SalesOrderResponse order = draft(1);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		Document drafts = page(viewer, "/sales-orders?status=DRAFT&warehouse=" + this.warehouse);
		assertThat(drafts.select("title").text()).isEqualTo("Sales orders · Stockroom");
		assertThat(drafts.select("#sales-orders tbody tr")).hasSize(1);
		assertThat(drafts.select("#sales-orders tbody a").text()).isEqualTo(order.number());
		Document confirmed = page(viewer, "/sales-orders?status=CONFIRMED&warehouse=" + this.warehouse);
		assertThat(confirmed.select("#sales-orders tbody tr")).isEmpty();
		assertThat(this.orders
			.list(new SalesOrderFilter(this.warehouse, null, null),
					org.springframework.data.domain.PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(1);
	}

	private SalesOrderResponse draft(int quantity) {
		return this.orders.create(new SalesOrderRequest(new Customer("Page customer", null, null), this.warehouse,
				List.of(new SalesOrderLineRequest(this.product, quantity, new BigDecimal("3.20"))), null));
	}

	private Document page(MockHttpSession session, String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(as(session, get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MockHttpServletRequestBuilder as(MockHttpSession session, MockHttpServletRequestBuilder request) {
		return request.session(session).with(SignIn.anonymous()).with(csrf());
	}

}
