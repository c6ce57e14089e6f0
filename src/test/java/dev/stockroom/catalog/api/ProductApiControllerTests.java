package dev.stockroom.catalog.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.ProductImageService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierService;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web layer alone (a slice: no database): request bodies are validated and bad ones
 * are answered with problem details before the service is ever called. Security is left
 * out of the slice (who may call the endpoint is the permission matrix's business, tested
 * over the whole application).
 */
@WebMvcTest(ProductApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class ProductApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProductService products;

	@MockitoBean
	SupplierService suppliers;

	@MockitoBean
	ProductImageService images;

	@Test
	void invalidFieldsAreReportedBesideEachFieldAndNothingIsSaved() throws Exception {
		this.mvc.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content("""
				{"sku": "", "name": "Widget", "price": -1, "barcode": "12345670"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'sku')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'price')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'barcode')]").doesNotExist());
		verifyNoInteractions(this.products);
	}

	@Test
	void updateWithoutTheVersionReadIsRefused() throws Exception {
		this.mvc.perform(put("/api/v1/products/1").contentType(MediaType.APPLICATION_JSON).content("""
				{"sku": "W-1", "name": "Widget"}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
		verifyNoInteractions(this.products);
	}

	@Test
	void validProductReachesTheService() throws Exception {
		this.mvc.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content("""
				{"sku": "W-1", "name": "Widget"}
				"""));
		verify(this.products).create(any(ProductRequest.class));
	}

}
