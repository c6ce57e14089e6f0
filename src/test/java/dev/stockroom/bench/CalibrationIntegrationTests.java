package dev.stockroom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.identity.StandardMatrix;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The benchmark's calibration endpoints, in a context with the {@code bench} profile:
 * they exist exactly as the permission matrix's bench rows say, the static one answers
 * anyone (and checks a token sent with it), the statement count counts, and the plain
 * JDBC read answers the product the API shows, to those who may see products. (The
 * default context has no such handlers:
 * {@code PermissionMatrixCoverageIntegrationTests}.)
 */
@IntegrationTest
@ActiveProfiles({ "dev", "bench" })
class CalibrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theBenchRowsOfTheMatrixAreTheCalibrationHandlers() {
		List<String> handlers = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : this.handlerMapping.getHandlerMethods()
			.entrySet()) {
			if (handler.getValue().getBeanType().equals(CalibrationController.class)) {
				for (RequestMethod method : handler.getKey().getMethodsCondition().getMethods()) {
					handler.getKey().getPatternValues().forEach((pattern) -> handlers.add(method + " " + pattern));
				}
			}
		}
		assertThat(StandardMatrix.get().rules()).filteredOn((rule) -> rule.availability() == Availability.BENCH_ONLY)
			.extracting((EndpointRule rule) -> rule.method() + " " + rule.pattern())
			.containsExactlyInAnyOrderElementsOf(handlers);
	}

	@Test
	void theStaticAnswerNeedsNoCredentials() throws Exception {
		this.mvc.perform(get("/api/v1/bench/static").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("calibration"));
	}

	@Test
	void theRateLimiterStaysOnWithACapacityNoRunReaches() throws Exception {
		// The benchmark measures what production runs: every API request passes the
		// limiter, which counts it (the header).
		String remaining = this.mvc.perform(get("/api/v1/bench/products/999999998").with(SignIn.as("viewer")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getHeader("X-RateLimit-Remaining");
		assertThat(remaining).isNotNull();
		// The tests set a capacity of their own over every profile's
		// (TestDatabaseInitializer), so the bench profile's is read from its file: one a
		// benchmark's minute cannot reach.
		PropertySource<?> bench = new YamlPropertySourceLoader()
			.load("bench", new ClassPathResource("application-bench.yml"))
			.get(0);
		assertThat(bench.getProperty("stockroom.rate-limit.enabled")).isNotEqualTo(false);
		assertThat(Long.parseLong(bench.getProperty("stockroom.rate-limit.api.capacity").toString()))
			.isGreaterThanOrEqualTo(100_000_000L);
	}

	@Test
	void theStaticAnswerChecksATokenWhenOneIsSent() throws Exception {
		// The benchmark's authenticated calibration: the same answer, but a token sent
		// with
		// it is looked up, so a bad one is refused rather than ignored.
		this.mvc.perform(get("/api/v1/bench/static").header("Authorization", "Token srk_not-a-token-anyone-was-given"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theStatementCountRisesWithEveryStatementARequestRuns() throws Exception {
		long id = this.products
			.create(new ProductRequest("CNT-" + System.nanoTime(), "Counted", null, null, null, null, 1, null, null,
					null, null, List.of(), null))
			.id();
		long before = statements("$.statements");
		long transactionsBefore = statements("$.transactions");

		this.mvc.perform(get("/api/v1/bench/products/%d".formatted(id)).with(SignIn.as("viewer")))
			.andExpect(status().isOk());
		this.products.create(new ProductRequest("CNT-" + System.nanoTime(), "Counted too", null, null, null, null, 1,
				null, null, null, null, List.of(), null));

		// At least the read, the product's insert and its commit (a background job may
		// add its own).
		assertThat(statements("$.statements") - before).isGreaterThanOrEqualTo(2);
		assertThat(statements("$.transactions") - transactionsBefore).isGreaterThanOrEqualTo(1);
	}

	private long statements(String field) throws Exception {
		String body = this.mvc.perform(get("/api/v1/bench/statements").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, field)).longValue();
	}

	@Test
	void theJdbcReadAnswersWhatTheApiShows() throws Exception {
		long id = this.products
			.create(new ProductRequest("CAL-" + System.nanoTime(), "Calibrated", "Read twice", null, null, null, 4,
					null, null, null, null, List.of("zeta", "alpha"), null))
			.id();

		String api = this.mvc.perform(get("/api/v1/products/%d".formatted(id)).with(SignIn.as("viewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String jdbc = this.mvc.perform(get("/api/v1/bench/products/%d".formatted(id)).with(SignIn.as("viewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String field : List.of("$.id", "$.sku", "$.name", "$.description", "$.unit", "$.reorderPoint", "$.tags",
				"$.version", "$.active")) {
			Object fromJdbc = JsonPath.read(jdbc, field);
			Object fromApi = JsonPath.read(api, field);
			assertThat(fromJdbc).as(field).isEqualTo(fromApi);
		}
	}

	@Test
	void theJdbcReadNeedsCredentialsAndAnswers404ForAnUnknownProduct() throws Exception {
		this.mvc.perform(get("/api/v1/bench/products/1").with(SignIn.anonymous())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/bench/products/999999999")).andExpect(status().isNotFound());
	}

}
