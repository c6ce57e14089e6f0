package dev.stockroom.identity.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import dev.stockroom.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every answer, API and page alike, tells the browser not to frame it, not to guess its
 * type, to run only our own scripts and to keep the path out of other sites' referrers
 * (Django's clickjacking and XSS middleware, {@code SECURE_*} settings); HSTS is sent
 * over HTTPS only, as browsers ignore it over http anyway.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void apiAnswersCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/api/v1/products")).andExpect(status().isOk()).andExpectAll(securityHeaders());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpectAll(securityHeaders());
	}

	// Swagger UI's pages allow the one style element its bundle adds, by its hash;
	// the site's pages and the API do not.
	@Test
	void onlySwaggerUiAllowsItsStyleElement() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					SecurityConfiguration.SWAGGER_UI_CONTENT_SECURITY_POLICY))
			.andExpect(header().string("Content-Security-Policy",
					containsString("style-src 'self' " + SecurityConfiguration.SWAGGER_UI_STYLE_HASH + ";")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		this.mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andExpect(header().string("Content-Security-Policy",
					SecurityConfiguration.SWAGGER_UI_CONTENT_SECURITY_POLICY));
		for (String path : new String[] { "/login", "/swagger-ui-not", "/api/v1/products", "/v3/api-docs" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.andExpect(header().string("Content-Security-Policy", not(containsString("sha256-"))));
		}
	}

	@Test
	void hstsIsSentOverHttpsOnly() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/api/v1/products").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/api/v1/products")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static ResultMatcher[] securityHeaders() {
		return new ResultMatcher[] {
				header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY),
				header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")),
				header().string("X-Frame-Options", "DENY"), header().string("X-Content-Type-Options", "nosniff"),
				header().string("Referrer-Policy", "strict-origin-when-cross-origin") };
	}

}
