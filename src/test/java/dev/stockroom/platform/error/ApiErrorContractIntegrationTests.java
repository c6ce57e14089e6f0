package dev.stockroom.platform.error;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's error contract (RFC 9457 problem details, paging and sorting rules) seen
 * through {@code /api/v1/products}, the busiest endpoint.
 */
@IntegrationTest
class ApiErrorContractIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String sku;

	@BeforeEach
	void setUp() {
		this.sku = "ERR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void answersMalformedJsonWithAProblemAndWritesNothing() throws Exception {
		long before = countProducts();
		problem(postProduct("""
				{"sku": "%s", "name": "Broken",
				""".formatted(this.sku)), 400).andExpect(jsonPath("$.type", endsWith("/malformed-body")))
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
		assertThat(countSku(this.sku)).isZero();
		assertThat(countProducts()).isEqualTo(before);
	}

	@Test
	void refusesAnUnknownPropertyNamingItAndWritesNothing() throws Exception {
		long before = countProducts();
		problem(postProduct("""
				{"sku": "%s", "name": "Sneaky", "isAdmin": true}
				""".formatted(this.sku)), 400).andExpect(jsonPath("$.type", endsWith("/malformed-body")))
			.andExpect(jsonPath("$.detail", containsString("'isAdmin'")));
		assertThat(countSku(this.sku)).isZero();
		assertThat(countProducts()).isEqualTo(before);
	}

	@Test
	void refusesAValueOfTheWrongTypeNamingTheField() throws Exception {
		problem(postProduct("""
				{"sku": "%s", "name": "Typed", "reorderPoint": "lots"}
				""".formatted(this.sku)), 400).andExpect(jsonPath("$.detail", containsString("'reorderPoint'")));
		problem(postProduct("""
				{"sku": "%s", "name": "Typed", "unit": "BARREL"}
				""".formatted(this.sku)), 400).andExpect(jsonPath("$.detail", containsString("'unit'")));
		assertThat(countSku(this.sku)).isZero();
	}

	@Test
	void answersAMissingBodyWithAProblem() throws Exception {
		problem(this.mvc.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON)), 400);
	}

	@Test
	void listsValidationErrorsPerField() throws Exception {
		problem(postProduct("""
				{"sku": "", "name": "x", "price": -1, "cost": 1.234}
				"""), 400).andExpect(jsonPath("$.type", endsWith("/validation")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sku")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("price")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("cost")));
	}

	@Test
	void capsThePageSizeAt100() throws Exception {
		ok(this.mvc.perform(get("/api/v1/products?size=100000"))).andExpect(jsonPath("$.page.size").value(100))
			.andExpect(jsonPath("$.content.length()", lessThanOrEqualTo(100)));
	}

	@Test
	void refusesSortingByAFieldOutsideTheAllowList() throws Exception {
		problem(this.mvc.perform(get("/api/v1/products?sort=password")), 400)
			.andExpect(jsonPath("$.type", endsWith("/invalid-query")))
			.andExpect(jsonPath("$.errors[*].field", contains("sort")))
			.andExpect(jsonPath("$.detail", containsString("'password'")))
			.andExpect(jsonPath("$.detail", containsString("sku")));
	}

	@Test
	void sortsByAnAllowedFieldDescending() throws Exception {
		String prefix = this.sku;
		for (String name : new String[] { "Beta", "Alpha", "Gamma" }) {
			postProduct("""
					{"sku": "%s-%s", "name": "%s %s"}
					""".formatted(prefix, name, name, prefix)).andExpect(status().isCreated());
		}
		ok(this.mvc.perform(get("/api/v1/products").param("q", prefix).param("sort", "name,desc")))
			.andExpect(jsonPath("$.content[*].name", contains("Gamma " + prefix, "Beta " + prefix, "Alpha " + prefix)));
		ok(this.mvc.perform(get("/api/v1/products").param("q", prefix).param("sort", "name")))
			.andExpect(jsonPath("$.content[*].name", contains("Alpha " + prefix, "Beta " + prefix, "Gamma " + prefix)));
	}

	@Test
	void refusesAFilterOfTheWrongType() throws Exception {
		problem(this.mvc.perform(get("/api/v1/products?category=abc")), 400)
			.andExpect(jsonPath("$.errors[*].field", contains("category")))
			.andExpect(jsonPath("$.errors[0].message").value("'abc' is not a valid value"));
		problem(this.mvc.perform(get("/api/v1/products?active=maybe")), 400)
			.andExpect(jsonPath("$.errors[*].field", contains("active")));
	}

	@Test
	void refusesANonNumericIdInThePath() throws Exception {
		problem(this.mvc.perform(get("/api/v1/products/abc")), 400);
	}

	@Test
	void answersAnUnknownPathWithATypedProblem() throws Exception {
		problem(this.mvc.perform(get("/api/v1/no-such-thing")), 404)
			.andExpect(jsonPath("$.type", endsWith("/not-found")));
	}

	@Test
	void answersAnUnsupportedMethodWith405() throws Exception {
		problem(this.mvc.perform(put("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content("{}")), 405)
			.andExpect(jsonPath("$.type", endsWith("/method-not-allowed")));
	}

	@Test
	void answersAnUnsupportedMediaTypeWith415() throws Exception {
		problem(this.mvc.perform(post("/api/v1/products").contentType(MediaType.TEXT_PLAIN).content("sku")), 415)
			.andExpect(jsonPath("$.type", endsWith("/unsupported-media-type")));
	}

	@Test
	void aProblemFromTheSecurityChainNamesTheRequestAsInstance() throws Exception {
		problem(this.mvc.perform(get("/api/v1/products").with(SignIn.anonymous())), 401)
			.andExpect(jsonPath("$.type", endsWith("/unauthenticated")))
			.andExpect(jsonPath("$.instance").value("/api/v1/products"));
	}

	@Test
	void aProblemFromTheParameterFilterNamesTheRequestAsInstance() throws Exception {
		problem(this.mvc.perform(get("/api/v1/products").param("q", "a\u0000b")), 400)
			.andExpect(jsonPath("$.type", endsWith("/validation")))
			.andExpect(jsonPath("$.errors[*].field", contains("q")))
			.andExpect(jsonPath("$.instance").value("/api/v1/products"));
	}

	@Test
	void aProblemFromTheBodyLimitNamesTheRequestAsInstance() throws Exception {
		problem(postProduct("{\"description\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}"), 413)
			.andExpect(jsonPath("$.type", endsWith("/body-too-large")))
			.andExpect(jsonPath("$.instance").value("/api/v1/products"));
	}

	private ResultActions postProduct(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static ResultActions ok(ResultActions result) throws Exception {
		return result.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	// Every error: a problem detail with its five members, nothing of the internals.
	private static ResultActions problem(ResultActions result, int status) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").isNotEmpty())
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.instance").isNotEmpty());
		MvcResult answer = result.andReturn();
		assertThat(answer.getResponse().getContentAsString()).doesNotContain("Exception")
			.doesNotContain("at dev.")
			.doesNotContain("java.")
			.doesNotContain("tools.jackson")
			.doesNotContain("springframework");
		return result;
	}

	private long countSku(String sku) {
		return this.jdbc.sql("SELECT count(*) FROM products WHERE sku = ?").param(sku).query(Long.class).single();
	}

	private long countProducts() {
		return this.jdbc.sql("SELECT count(*) FROM products").query(Long.class).single();
	}

}
