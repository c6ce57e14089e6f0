package dev.stockroom.catalog.api;

import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestImages;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The image URLs the API answers with work for the API's clients, with the credentials
 * they send the API (a JWT or a personal token), as they do for a browser's session; a
 * refused credential is the API's 401, not a redirect to the login page.
 */
@IntegrationTest
class ProductImageApiClientIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService apiTokens;

	private String imageUrl;

	@BeforeEach
	void uploadAnImage() throws Exception {
		long product = new CatalogApi(this.mvc).createProduct("IMG-API-" + CatalogApi.unique(), "Pictured", null);
		String body = this.mvc
			.perform(put("/api/v1/products/{id}/image", product)
				.with(TestImages.upload("file", "p.png", TestImages.png(20, 20))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.imageUrl = JsonPath.read(body, "$.imageUrl");
	}

	@Test
	void aViewersAccessTokenFetchesTheImage() throws Exception {
		this.mvc.perform(get(this.imageUrl).with(SignIn.as("viewer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
	}

	@Test
	void aViewersPersonalApiTokenFetchesTheImage() throws Exception {
		String key = this.apiTokens.create("viewer", "image fetcher " + CatalogApi.unique(), Optional.empty()).key();

		this.mvc.perform(get(this.imageUrl).header(HttpHeaders.AUTHORIZATION, "Token " + key))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
	}

	@Test
	void aRefusedCredentialIsTheApisProblemNotARedirect() throws Exception {
		this.mvc.perform(get(this.imageUrl).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get(this.imageUrl).header(HttpHeaders.AUTHORIZATION, "Token not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aBrowsersSessionStillFetchesTheImage() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		this.mvc.perform(get(this.imageUrl).session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
	}

}
