package dev.stockroom.purchasing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;
import dev.stockroom.support.PageChecks;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk receives a placed purchase order in two parts in a real browser: 4, then a
 * refused 7 (more than the 6 open, shown beside the quantity, nothing moved), then the
 * last 6. Every page on the way is checked as the site's every-page test checks pages:
 * its title and heading show no template source, axe-core finds no serious or critical
 * violation, and neither at 1366 nor at 390 px does it scroll sideways.
 */
@BrowserTest
class PurchasingBrowserIntegrationTests {

	@Autowired
	ProductService products;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	PurchaseOrderService orders;

	@Autowired
	JdbcClient jdbc;

	long product;

	long warehouse;

	PurchaseOrderResponse order;

	@BeforeEach
	void aPlacedOrderOfTen(Browser browser) {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.product = this.products.create(ProductRequest.of("POB-" + suffix, "Browser bolt")).id();
		long supplier = this.suppliers
			.create(new SupplierRequest("Browser supplies " + suffix, null, null, null, null, null))
			.id();
		this.suppliers.putOffer(this.product, supplier, new SupplierOfferRequest("BS-1", new BigDecimal("0.40"), 5));
		this.warehouse = this.warehouses.create(new WarehouseRequest("R" + suffix, "Receiving", null, null, null)).id();
		PurchaseOrderResponse draft = this.orders.create(new PurchaseOrderRequest(supplier, this.warehouse, null,
				"Browser", List.of(new PurchaseOrderLineRequest(this.product, 10, null)), null));
		this.order = this.orders.place(draft.id());
		browser.signIn("clerk", DEMO_PASSWORD);
	}

	@Test
	void aClerkReceivesAnOrderInTwoParts(Browser browser) {
		browser.open("/purchase-orders/" + this.order.id());
		PageChecks.assertUsable(browser);
		// A clerk receives; placing, cancelling and editing are a manager's.
		assertThat(browser.findAll(By.id("cancel"))).isEmpty();
		assertThat(browser.findAll(By.id("place"))).isEmpty();
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Purchase order " + this.order.number());

		receive(browser, 4);
		assertThat(browser.find(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Received 4 against " + this.order.number() + ": now partially received");
		assertThat(browser.find(By.cssSelector(".line-open")).getText()).isEqualTo("6");
		assertThat(onHand()).isEqualTo(4);

		receive(browser, 7);
		assertThat(browser.find(By.id("lines[0].quantity-error")).getText()).contains("6 open");
		assertThat(browser.find(By.id("lines0.quantity")).getDomAttribute("aria-invalid")).isEqualTo("true");
		PageChecks.assertUsable(browser);
		assertThat(onHand()).isEqualTo(4);

		receive(browser, 6);
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).endsWith("now received");
		assertThat(browser.find(By.cssSelector(".order-status")).getText()).isEqualTo("RECEIVED");
		assertThat(browser.findAll(By.id("receive"))).isEmpty();
		PageChecks.assertUsable(browser);
		assertThat(onHand()).isEqualTo(10);
		assertThat(this.orders.get(this.order.id()).open()).isZero();
	}

	private void receive(Browser browser, int quantity) {
		browser.fill("lines0.quantity", Integer.toString(quantity));
		browser.submit(By.cssSelector("form[action$='/receive']"));
	}

	private int onHand() {
		return this.jdbc.sql("SELECT on_hand FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(this.product, this.warehouse)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

}
