package dev.stockroom.stock.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CLERK at work in a real browser: receives and issues stock through the forms and sees
 * the dashboard change, and an issue beyond what is on hand is refused beside the
 * quantity without moving anything.
 */
@BrowserTest
class StockBrowserIntegrationTests {

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	JdbcClient jdbc;

	String sku;

	long product;

	long warehouse;

	@BeforeEach
	void aProductAndAWarehouse(Browser browser) {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sku = "BRW-" + suffix;
		this.product = this.products.create(ProductRequest.of(this.sku, "Browser widget")).id();
		this.warehouse = this.warehouses.create(new WarehouseRequest("B" + suffix, "Browser hall", null, null, null))
			.id();
		browser.signIn("clerk", DEMO_PASSWORD);
	}

	@Test
	void aClerkReceivesAndIssuesStockAndSeesTheDashboardChange(Browser browser) {
		int movementsBefore = movementsToday(browser);

		move(browser, "receive", 10);
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("Received");
		move(browser, "issue", 4);

		assertThat(onHand()).isEqualTo(6);
		assertThat(movementsToday(browser)).isEqualTo(movementsBefore + 2);
		assertThat(browser.find(By.id("recent-movements")).getText()).contains(this.sku);
	}

	@Test
	void anIssueBeyondOnHandIsShownBesideTheQuantityAndMovesNothing(Browser browser) {
		move(browser, "receive", 3);

		move(browser, "issue", 50);

		assertThat(browser.path()).isEqualTo("/stock/issue");
		assertThat(browser.find(By.id("quantity-error")).getText()).contains("3");
		assertThat(browser.find(By.id("quantity")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(onHand()).isEqualTo(3);
	}

	private void move(Browser browser, String operation, int quantity) {
		browser.open("/stock/" + operation + "?q=" + this.sku);
		new Select(browser.find(By.id("productId"))).selectByValue(Long.toString(this.product));
		new Select(browser.find(By.id("warehouseId"))).selectByValue(Long.toString(this.warehouse));
		browser.fill("quantity", Integer.toString(quantity));
		browser.submit(By.cssSelector("form[method=post][action$='/stock/" + operation + "']"));
	}

	private int movementsToday(Browser browser) {
		browser.open("/");
		return Integer.parseInt(browser.find(By.id("kpi-movements-today")).getText().replace(",", ""));
	}

	private Integer onHand() {
		return this.jdbc.sql("SELECT on_hand FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(this.product, this.warehouse)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

}
