package dev.stockroom.purchasing.web;

import java.math.BigDecimal;
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
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.purchasing.PurchaseOrderStatus;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The purchase order pages without a browser: a manager writes a draft on the form (an
 * unknown SKU is shown beside its line), places it, sees the buttons a manager may use;
 * the product page shows what is on order; the order's PDF comes from the page.
 */
@IntegrationTest
class PurchaseOrderPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	PurchaseOrderService orders;

	String sku;

	long product;

	long supplier;

	long warehouse;

	@BeforeEach
	void fixtures() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.sku = "POP-" + suffix;
		this.product = this.products.create(ProductRequest.of(this.sku, "Page bolt")).id();
		this.supplier = this.suppliers.create(new SupplierRequest("Pages " + suffix, null, null, null, null, null))
			.id();
		this.suppliers.putOffer(this.product, this.supplier, new SupplierOfferRequest("PG", new BigDecimal("2.50"), 2));
		this.warehouse = this.warehouses.create(new WarehouseRequest("G" + suffix, "Pages", null, null, null)).id();
	}

	@Test
	void aManagerWritesADraftOnTheFormAndPlacesIt() throws Exception {
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		String refused = this.mvc
			.perform(as(manager, post("/purchase-orders/new")).param("supplierId", "" + this.supplier)
				.param("warehouseId", "" + this.warehouse)
				.param("lines[0].sku", "NO-SUCH-SKU")
				.param("lines[0].quantity", "3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("[id='lines[0].sku-error']").text())
			.isEqualTo("No product has the SKU NO-SUCH-SKU");

		String location = this.mvc
			.perform(as(manager, post("/purchase-orders/new")).param("supplierId", "" + this.supplier)
				.param("warehouseId", "" + this.warehouse)
				.param("lines[0].sku", this.sku.toLowerCase(Locale.ROOT))
				.param("lines[0].quantity", "3")
				.param("lines[1].sku", "")
				.param("lines[1].quantity", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		PurchaseOrderResponse draft = this.orders.get(id);
		assertThat(draft.lines()).singleElement().satisfies((line) -> {
			assertThat(line.productId()).isEqualTo(this.product);
			assertThat(line.unitCost()).isEqualByComparingTo("2.50");
		});

		Document page = page(manager, location);
		assertThat(page.select("#place")).hasSize(1);
		assertThat(page.select("#cancel")).hasSize(1);
		assertThat(page.select("#receive")).isEmpty();

		this.mvc.perform(as(manager, post(location + "/place"))).andExpect(status().is3xxRedirection());
		assertThat(this.orders.get(id).status()).isEqualTo(PurchaseOrderStatus.PLACED);
		Document placed = page(manager, location);
		assertThat(placed.select("#place")).isEmpty();
		assertThat(placed.select("#cancel")).hasSize(1);
		assertThat(placed.select("#receive")).hasSize(1);
	}

	@Test
	void aViewerSeesNoActionsAndTheProductPageShowsWhatIsOnOrder() throws Exception {
		PurchaseOrderResponse order = this.orders.create(new PurchaseOrderRequest(this.supplier, this.warehouse, null,
				null, List.of(new PurchaseOrderLineRequest(this.product, 12, null)), null));
		this.orders.place(order.id());
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		Document page = page(viewer, "/purchase-orders/" + order.id());
		assertThat(page.select("#place, #cancel, #receive")).isEmpty();
		assertThat(page.select(".order-total").text()).isEqualTo("30.00");

		Document product = page(viewer, "/products/" + this.product);
		assertThat(product.select("#product-on-order-quantity").text()).isEqualTo("12");
		assertThat(product.select("#product-on-order a").text()).isEqualTo(order.number());

		this.mvc.perform(as(viewer, post("/purchase-orders/" + order.id() + "/cancel")))
			.andExpect(status().isForbidden());
		byte[] pdf = this.mvc.perform(as(viewer, get("/purchase-orders/" + order.id() + "/pdf")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void theListFiltersByStatusAndTheSuggestionsPageMakesDrafts() throws Exception {
		PurchaseOrderResponse order = this.orders.create(new PurchaseOrderRequest(this.supplier, this.warehouse, null,
				null, List.of(new PurchaseOrderLineRequest(this.product, 1, null)), null));
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		Document drafts = page(manager, "/purchase-orders?status=DRAFT&supplier=" + this.supplier);
		assertThat(drafts.select("#purchase-orders tbody tr")).hasSize(1);
		assertThat(drafts.select("#purchase-orders tbody a").text()).isEqualTo(order.number());
		Document placed = page(manager, "/purchase-orders?status=PLACED&supplier=" + this.supplier);
		assertThat(placed.select("#purchase-orders tbody tr")).isEmpty();

		this.mvc
			.perform(as(manager, post("/reorder-suggestions")).param("selected", this.product + ":" + this.warehouse))
			.andExpect(status().is3xxRedirection());
		// No stock level yet: nothing is suggested, so nothing is drafted.
		assertThat(this.orders
			.list(new dev.stockroom.purchasing.PurchaseOrderFilter(this.supplier, null, null, null),
					org.springframework.data.domain.PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(1);
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
