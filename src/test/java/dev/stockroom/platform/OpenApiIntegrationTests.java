package dev.stockroom.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API documents itself: the OpenAPI document lists every resource and states the sort
 * allow-lists.
 */
@IntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void openApiDocumentListsTheVersionedResources() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/products']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/products/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/categories']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/suppliers']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/warehouses']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/stock/levels'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/stock/movements'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/stock/movements'].put").doesNotExist())
			.andExpect(jsonPath("$.paths['/api/v1/products'].get.description",
					containsString("Sort by: sku, name, price")));
	}

	@Test
	void theDocumentNamesBothWaysToSignInAndIsServedWithoutCredentials() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.name").value("Authorization"))
			.andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/account/tokens'].post").exists());
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
