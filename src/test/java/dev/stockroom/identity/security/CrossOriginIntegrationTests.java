package dev.stockroom.identity.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browsers let another site's scripts call the API only from an origin on
 * {@code stockroom.cors.allowed-origins}; by default from none.
 */
class CrossOriginIntegrationTests {

	static final String FRONT_END = "https://app.example.com";

	static MockHttpServletRequestBuilder preflight(String origin) {
		// A browser sends no credentials with a preflight.
		return options("/api/v1/products").with(SignIn.anonymous())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
	}

	@Nested
	@IntegrationTest
	class ByDefault {

		@Autowired
		MockMvc mvc;

		@Test
		void everyCrossOriginPreflightIsRefused() throws Exception {
			this.mvc.perform(preflight(FRONT_END))
				.andExpect(status().isForbidden())
				.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		}

		@Test
		void aSameOriginRequestNeedsNoCors() throws Exception {
			this.mvc.perform(get("/api/v1/products").header("Origin", "http://localhost")).andExpect(status().isOk());
		}

	}

	@Nested
	@IntegrationTest
	@TestPropertySource(properties = "stockroom.cors.allowed-origins=" + FRONT_END)
	@DirtiesContext
	class WithAnAllowedOrigin {

		@Autowired
		MockMvc mvc;

		@Test
		void aPreflightFromTheAllowedOriginIsAnswered() throws Exception {
			this.mvc.perform(preflight(FRONT_END))
				.andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", FRONT_END))
				.andExpect(header().string("Access-Control-Allow-Methods", "GET,POST,PUT,DELETE"))
				.andExpect(
						header().string("Access-Control-Allow-Headers", "authorization, content-type, idempotency-key"))
				.andExpect(header().string("Access-Control-Max-Age", "3600"))
				.andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
		}

		@Test
		void aPreflightFromAnotherOriginIsRefused() throws Exception {
			this.mvc.perform(preflight("https://evil.example"))
				.andExpect(status().isForbidden())
				.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		}

		@Test
		void theAllowedOriginReadsTheAnswerAndItsHeaders() throws Exception {
			this.mvc.perform(get("/api/v1/products").header("Origin", FRONT_END))
				.andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", FRONT_END))
				.andExpect(header().string("Access-Control-Expose-Headers", containsString("Idempotent-Replayed")))
				.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")));
		}

	}

}
