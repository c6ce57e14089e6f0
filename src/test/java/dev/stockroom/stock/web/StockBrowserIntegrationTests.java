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

	String code;

	long product;

	long warehouse;

	@BeforeEach
	void aProductAndAWarehouse(Browser browser) {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.sku = "BRW-" + suffix;
		this.product = this.products.create(ProductRequest.of(this.sku, "Browser widget")).id();
		this.code = "B" + suffix;
		this.warehouse = this.warehouses.create(new WarehouseRequest(this.code, "Browser hall", null, null, null)).id();
		browser.signIn("clerk", DEMO_PASSWORD);
	}

	@Test
	void aClerkReceivesAndIssuesStockAndSeesTheDashboardChange(Browser browser) {
		int movementsBefore = movementsToday(browser);

		move(browser, "receive", 10);
		assertThat(browser.find(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Received 10 x " + this.sku + " at " + this.code + ": 10 on hand now (ledger entry #1).");
		move(browser, "issue", 4);
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains(": 6 on hand now");
		// Back on the form for the same product, with what each warehouse holds now.
		assertThat(browser.path()).isEqualTo("/stock/issue");
		assertThat(browser.find(By.id("on-hand")).getText()).contains(this.code + " · Browser hall 6");

		assertThat(onHand()).isEqualTo(6);
		assertThat(movementsToday(browser)).isEqualTo(movementsBefore + 2);
		assertThat(browser.find(By.id("recent-movements")).getText()).contains(this.sku);
	}

	// The button works without a script: the server shows the listed product's stock.
	@Test
	void aProductChosenInTheListShowsItsOnHandBeforeTheIssue(Browser browser) {
		move(browser, "receive", 5);
		// The list offers the first 200 products by SKU, and the shared database holds
		// more: a search with two hits lists this one and chooses none.
		this.products.create(ProductRequest.of(this.sku + "-B", "Browser widget B"));
		browser.open("/stock/issue?q=" + this.sku);
		assertThat(browser.findAll(By.id("on-hand"))).isEmpty();

		new Select(browser.find(By.id("productId"))).selectByValue(Long.toString(this.product));
		browser.find(By.cssSelector("button[name=show]")).click();

		assertThat(browser.find(By.id("on-hand")).getText()).contains(this.code + " · Browser hall 5");
		assertThat(new Select(browser.find(By.id("warehouseId"))).getOptions().stream().map((o) -> o.getText()))
			.contains(this.code + " · Browser hall (5 on hand)");
		assertThat(browser.findAll(By.cssSelector(".error-summary, .field-error"))).isEmpty();
		assertThat(onHand()).isEqualTo(5);
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
		// The search's one hit is already chosen.
		assertThat(new Select(browser.find(By.id("productId"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo(Long.toString(this.product));
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
