package dev.stockroom.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product list page writes what users typed as text: a product named like a script
 * tag, and a search for it, come out escaped (stored and reflected cross-site scripting).
 */
@IntegrationTest
class ProductPageIntegrationTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	@Autowired
	MockMvc mvc;

	@Test
	void aNameThatLooksLikeAScriptIsShownAsText() throws Exception {
		String sku = "XSS-" + CatalogApi.unique();
		new CatalogApi(this.mvc).createProduct(sku, SCRIPT.replace("\"", "\\\"") + " " + sku, null);
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		String body = this.mvc.perform(get("/products").param("q", SCRIPT).session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + sku)
			.doesNotContain("<script>alert")
			.doesNotContain("<script");
	}

}
