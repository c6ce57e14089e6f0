package dev.stockroom.catalog;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A product with stock history cannot be deleted, and saying so is an expected answer,
 * not a failure: neither the API's 409 nor the admin's confirmation page (which works out
 * what blocks a delete by trying it) logs a warning or an error, such as Hibernate's "SQL
 * Error: 0, SQLState: 23503" for the foreign key the database enforces.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProductDeleteRefusalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger stock;

	@Test
	void aRefusedDeleteLogsNoWarning(CapturedOutput output) throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		long product = this.products.create(ProductRequest.of("KEPT-" + suffix, "Has history")).id();
		long warehouse = this.warehouses.create(new WarehouseRequest("K" + suffix, "Kept", null, null, null)).id();
		this.stock.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 3, "history", null));
		MockHttpSession admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		int before = output.length();

		this.mvc.perform(delete("/api/v1/products/" + product).with(SignIn.as("admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("cannot be deleted")));
		this.mvc.perform(get("/admin/products/" + product + "/delete").session(admin).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be deleted")));

		assertThat(this.products.get(product).sku()).isEqualTo("KEPT-" + suffix);
		assertThat(output.toString().substring(before).lines())
			.filteredOn((line) -> line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("SQLState"))
			.isEmpty();
	}

}
