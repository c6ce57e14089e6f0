package dev.stockroom.catalog.web;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.ProductService;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A delete that history or references block is refused before it is offered: the delete
 * page, on the site and in the admin, says the record cannot be deleted and why, and
 * shows no button to confirm. The delete itself still refuses (409) if it is posted
 * anyway.
 */
@IntegrationTest
class BlockedDeleteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger stock;

	CatalogApi api;

	MockHttpSession manager;

	@BeforeEach
	void signIn() throws Exception {
		this.api = new CatalogApi(this.mvc);
		this.manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
	}

	@Test
	void aProductWithLedgerRowsIsRefusedUpFrontWithTheReason() throws Exception {
		String sku = "HELD-" + CatalogApi.unique();
		long product = productWithHistory(sku);

		Document page = page("/products/" + product + "/delete");

		assertThat(page.selectFirst("h1").text()).isEqualTo(sku + " cannot be deleted");
		assertThat(page.title()).startsWith(sku + " cannot be deleted");
		assertThat(page.selectFirst("[role=alert]").text())
			.isEqualTo("Product " + sku + " cannot be deleted: it has 2 ledger rows and 5 on hand in 1 warehouse."
					+ " Deactivate it instead; its history stays.");
		assertThat(page.select("main form")).as("no confirm button").isEmpty();
		assertThat(page.select("main button")).isEmpty();
		assertThat(page.select("a[href=/products/" + product + "]")).isNotEmpty();
	}

	@Test
	void postingTheDeleteAnywayIsRefusedAndKeepsTheProduct() throws Exception {
		String sku = "KEPT-" + CatalogApi.unique();
		long product = productWithHistory(sku);

		String body = this.mvc.perform(
				post("/products/" + product + "/delete").session(this.manager).with(SignIn.anonymous()).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("2 ledger rows and 5 on hand in 1 warehouse");
		assertThat(this.products.get(product).sku()).isEqualTo(sku);
		this.mvc.perform(delete("/api/v1/products/{id}", product).with(SignIn.as("manager")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Product " + sku + " cannot be deleted: it has 2 ledger rows and 5 on hand in 1 warehouse."
						+ " Deactivate it instead; its history stays."));
	}

	@Test
	void aProductWithoutHistoryIsOfferedTheConfirmation() throws Exception {
		String sku = "FREE-" + CatalogApi.unique();
		long product = this.api.createProduct(sku, "Nothing moved", null);

		Document page = page("/products/" + product + "/delete");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Delete " + sku + "?");
		assertThat(page.select("[role=alert]")).isEmpty();
		assertThat(page.select("main form button[type=submit]").text()).isEqualTo("Delete");
	}

	@Test
	void aCategoryWithProductsIsRefusedUpFront() throws Exception {
		String name = "Shelved " + CatalogApi.unique();
		long category = this.api.createCategory(name, null);
		this.api.createProduct("SHELF-" + CatalogApi.unique(), "On the shelf", category);

		Document page = page("/categories/" + category + "/delete");

		assertThat(page.selectFirst("h1").text()).isEqualTo(name + " cannot be deleted");
		assertThat(page.selectFirst("[role=alert]").text()).contains("still has products");
		assertThat(page.select("main form")).isEmpty();
	}

	@Test
	void theAdminRefusesAProductWithHistoryUpFrontToo() throws Exception {
		String sku = "ADMHELD-" + CatalogApi.unique();
		long product = productWithHistory(sku);

		Document page = page("/admin/products/" + product + "/delete");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Product " + sku + " cannot be deleted");
		assertThat(page.selectFirst("#delete-blocked").text()).contains("2 ledger rows and 5 on hand in 1 warehouse");
		assertThat(page.select("#confirm-delete")).isEmpty();
		assertThat(page.select("main form")).isEmpty();
	}

	@Test
	void theAdminRefusesAWarehouseWithStockUpFront() throws Exception {
		long product = this.api.createProduct("WHHELD-" + CatalogApi.unique(), "Kept here", null);
		long warehouse = warehouse();
		this.stock.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 1, null, null), "test",
				Instant.now());

		Document page = page("/admin/warehouses/" + warehouse + "/delete");

		assertThat(page.selectFirst("#delete-blocked").text()).contains("has stock history and cannot be deleted");
		assertThat(page.select("#confirm-delete")).isEmpty();
	}

	private long productWithHistory(String sku) throws Exception {
		long product = this.api.createProduct(sku, "With history", null);
		long warehouse = warehouse();
		this.stock.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 8, null, null), "test",
				Instant.now());
		this.stock.record(new MovementRequest(MovementType.ISSUE, product, warehouse, null, 3, null, null), "test",
				Instant.now());
		return product;
	}

	private long warehouse() {
		String code = "BD" + CatalogApi.unique();
		return this.warehouses.create(new WarehouseRequest(code, "Blocked delete " + code, null, true, null)).id();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).session(this.manager).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
