package dev.stockroom.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.stock.ReservationLine;
import dev.stockroom.stock.StockReservations;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SecondInstance;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL and one Redis: a browser signed in on instance A (this
 * test's application) shows a product's page; a movement POSTed to instance B (a second
 * application started here) changes the on-hand figures on that page within a second,
 * without a reload: B sends the level's figures over Redis, A relays them to the
 * browser's socket, and live.js writes them into the page. A reservation made on B does
 * the same for the reserved and available figures and the shortage badge.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesAcrossInstancesBrowserIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(1);

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	TestTokens tokens;

	private ConfigurableApplicationContext instanceB;

	private int portB;

	@BeforeAll
	void startInstanceB() {
		this.instanceB = SecondInstance.start(this.environment);
		this.portB = SecondInstance.port(this.instanceB);
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@Test
	void aMovementOnInstanceBChangesTheOnHandOfAPageOpenOnInstanceAWithinASecond(Browser browser) throws Exception {
		String suffix = CatalogApi.unique();
		long product = new CatalogApi(this.mvc).createProduct("LIVE-B-" + suffix, "Live across " + suffix, null);
		long warehouse = this.warehouses
			.create(new WarehouseRequest("X" + suffix, "Across " + suffix, null, null, null))
			.id();
		assertThat(receiptOnB(product, warehouse, 5).statusCode()).isEqualTo(201);

		browser.signIn("clerk", PageSignIn.DEMO_PASSWORD);
		browser.open("/products/" + product);
		assertThat(browser.driver().getTitle()).startsWith("LIVE-B-" + suffix);
		assertThat(browser.find(By.tagName("h1")).getText()).contains("LIVE-B-" + suffix);
		assertThat(browser.find(By.id("product-on-hand")).getText()).isEqualTo("5");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
			.until((driver) -> "connected".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-live")));

		assertThat(receiptOnB(product, warehouse, 37).statusCode()).isEqualTo(201);

		String cell = "[data-live-level='" + product + ":" + warehouse + "']";
		new WebDriverWait(browser.driver(), WITHIN)
			.until((driver) -> "42".equals(driver.findElement(By.id("product-on-hand")).getText())
					&& "42".equals(driver.findElement(By.cssSelector(cell)).getText()));
	}

	@Test
	void aReservationAndACountOnInstanceBShowReservedAvailableAndTheShortageOnInstanceA(Browser browser)
			throws Exception {
		String suffix = CatalogApi.unique();
		long product = new CatalogApi(this.mvc).createProduct("LIVE-R-" + suffix, "Live reserved " + suffix, null);
		long warehouse = this.warehouses
			.create(new WarehouseRequest("R" + suffix, "Reserved " + suffix, null, null, null))
			.id();
		assertThat(receiptOnB(product, warehouse, 40).statusCode()).isEqualTo(201);
		browser.signIn("clerk", PageSignIn.DEMO_PASSWORD);
		browser.open("/products/" + product + "/stock");
		String key = product + ":" + warehouse;
		By shortage = By.cssSelector("[data-live-low='" + key + "'] .shortage");
		assertThat(browser.driver().findElement(shortage).isDisplayed()).isFalse();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
			.until((driver) -> "connected".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-live")));

		this.instanceB.getBean(StockReservations.class)
			.reserve(warehouse, List.of(new ReservationLine(product, 40, null)));
		new WebDriverWait(browser.driver(), WITHIN).until((driver) -> "40"
			.equals(driver.findElement(By.cssSelector("[data-live-reserved='" + key + "']")).getText())
				&& "0".equals(driver.findElement(By.cssSelector("[data-live-available='" + key + "']")).getText()));
		assertThat(movementOnB("COUNT", product, warehouse, 10).statusCode()).isEqualTo(201);

		new WebDriverWait(browser.driver(), WITHIN).until((driver) -> "-30"
			.equals(driver.findElement(By.cssSelector("[data-live-available='" + key + "']")).getText())
				&& driver.findElement(shortage).isDisplayed());
		assertThat(browser.find(By.cssSelector("[data-live-level='" + key + "']")).getText()).isEqualTo("10");
	}

	private HttpResponse<String> receiptOnB(long product, long warehouse, int quantity) throws Exception {
		return movementOnB("RECEIPT", product, warehouse, quantity);
	}

	private HttpResponse<String> movementOnB(String type, long product, long warehouse, int quantity) throws Exception {
		String body = """
				{"type": "%s", "productId": %d, "warehouseId": %d, "quantity": %d}""".formatted(type, product,
				warehouse, quantity);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.portB + "/api/v1/stock/movements"))
				.header("Authorization", this.tokens.bearer("clerk"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
