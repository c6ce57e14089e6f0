package dev.stockroom.sales.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderResponse;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;
import dev.stockroom.support.PageChecks;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sales order confirmed by a manager and shipped by a clerk in a real browser: the
 * confirmation reserves the 6 ordered of the 10 on hand; the clerk's first try of 7 is
 * refused beside the quantity (nothing moves), then 4 go and the last 2. Every page on
 * the way passes the every-page checks ({@link PageChecks}: title and heading, axe-core,
 * 1366 and 390 px).
 */
@BrowserTest
class SalesBrowserIntegrationTests {

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger ledger;

	@Autowired
	SalesOrderService orders;

	@Autowired
	JdbcClient jdbc;

	long product;

	long warehouse;

	SalesOrderResponse order;

	@BeforeEach
	void aDraftOfSixWithTenOnHand() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		this.product = this.products.create(ProductRequest.of("SOB-" + suffix, "Browser bracket")).id();
		this.warehouse = this.warehouses.create(new WarehouseRequest("D" + suffix, "Dispatch", null, null, null)).id();
		this.ledger.record(
				new MovementRequest(MovementType.RECEIPT, this.product, this.warehouse, null, 10, null, null), "test",
				Instant.now());
		this.order = this.orders.create(new SalesOrderRequest(
				new Customer("Browser customer " + suffix, "buyer@example.com", "2 Dock Street, Leeds"), this.warehouse,
				List.of(new SalesOrderLineRequest(this.product, 6, new BigDecimal("3.20"))), null));
	}

	@Test
	void aManagerConfirmsAndAClerkShipsInTwoParts(Browser browser) {
		browser.signIn("manager", DEMO_PASSWORD);
		browser.open("/sales-orders/" + this.order.id());
		PageChecks.assertUsable(browser);
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sales order " + this.order.number());
		assertThat(browser.findAll(By.id("ship"))).as("a draft is not shipped").isEmpty();

		browser.submit(By.cssSelector("form[action$='/confirm']"));
		assertThat(browser.find(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Confirmed sales order " + this.order.number());
		assertThat(browser.find(By.cssSelector(".order-status")).getText()).isEqualTo("CONFIRMED");
		assertThat(browser.find(By.cssSelector(".line-reserved")).getText()).isEqualTo("6");
		assertThat(level()).containsEntry("on_hand", 10).containsEntry("reserved", 6);
		PageChecks.assertUsable(browser);

		browser.driver().manage().deleteAllCookies();
		browser.signIn("clerk", DEMO_PASSWORD);
		browser.open("/sales-orders/" + this.order.id());
		// A clerk ships; confirming, cancelling and editing are a manager's.
		assertThat(browser.findAll(By.id("confirm"))).isEmpty();
		assertThat(browser.findAll(By.id("cancel"))).isEmpty();
		assertThat(browser.find(By.id("lines0.quantity")).getDomProperty("value")).isEqualTo("6");

		ship(browser, "7");
		assertThat(browser.find(By.id("lines[0].quantity-error")).getText()).contains("6 left to ship");
		assertThat(browser.find(By.id("lines0.quantity")).getDomAttribute("aria-invalid")).isEqualTo("true");
		PageChecks.assertUsable(browser);
		assertThat(level()).containsEntry("on_hand", 10).containsEntry("reserved", 6);

		ship(browser, "4");
		assertThat(browser.find(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Shipped 4 of " + this.order.number() + ": now partially shipped");
		assertThat(browser.find(By.cssSelector(".line-shipped")).getText()).isEqualTo("4");
		assertThat(level()).containsEntry("on_hand", 6).containsEntry("reserved", 2);

		ship(browser, null);
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).endsWith("now shipped");
		assertThat(browser.find(By.cssSelector(".order-status")).getText()).isEqualTo("SHIPPED");
		assertThat(browser.findAll(By.id("ship"))).isEmpty();
		PageChecks.assertUsable(browser);
		assertThat(level()).containsEntry("on_hand", 4).containsEntry("reserved", 0);
	}

	// With no quantity given, ships what the form offers: the rest of the line.
	private void ship(Browser browser, String quantity) {
		if (quantity != null) {
			browser.fill("lines0.quantity", quantity);
		}
		browser.submit(By.cssSelector("form[action$='/ship']"));
	}

	private Map<String, Object> level() {
		return this.jdbc.sql("SELECT on_hand, reserved FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(this.product, this.warehouse)
			.query()
			.singleRow();
	}

}
