package dev.stockroom.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.stockroom.identity.EndpointRule.Availability;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The permission matrix and the running application list the same API: every handler
 * method under {@code /api/v1} has exactly one row, and every row that is not planned has
 * a handler. So an endpoint added without a row (which would be denied to everyone, or
 * worse, forgotten by the security rules) fails the build, and so does a stale row.
 */
@IntegrationTest
class PermissionMatrixCoverageIntegrationTests {

	private final PermissionMatrix matrix = PermissionMatrix.standard();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	MockMvc mvc;

	@Test
	void everyApiHandlerHasExactlyOneRow() {
		List<String> problems = new ArrayList<>();
		for (String endpoint : apiHandlers()) {
			long rows = this.matrix.rules().stream().filter((rule) -> endpoint(rule).equals(endpoint)).count();
			if (rows != 1) {
				problems.add(endpoint + " has " + rows + " rows");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyApiRowButThePlannedOnesHasAHandler() {
		List<String> handlers = apiHandlers();
		List<EndpointRule> apiRules = this.matrix.rules().stream().filter(EndpointRule::isApi).toList();

		assertThat(apiRules).filteredOn((rule) -> rule.availability() != Availability.PLANNED)
			.extracting(PermissionMatrixCoverageIntegrationTests::endpoint)
			.containsExactlyInAnyOrderElementsOf(handlers);
		assertThat(apiRules).filteredOn((rule) -> rule.availability() == Availability.PLANNED)
			.extracting(PermissionMatrixCoverageIntegrationTests::endpoint)
			.as("a planned row whose endpoint now exists must lose its PLANNED mark")
			.doesNotContainAnyElementsOf(handlers)
			.isNotEmpty();
	}

	@Test
	void concretePathsOfEveryHandlerResolveToItsRow() {
		for (String endpoint : apiHandlers()) {
			String[] parts = endpoint.split(" ", 2);
			String path = parts[1].replaceAll("\\{[^}]+}", "1");
			assertThat(this.matrix.requiredFor(HttpMethod.valueOf(parts[0]), path)).as(endpoint)
				.map(PermissionMatrixCoverageIntegrationTests::endpoint)
				.contains(endpoint);
		}
	}

	// Health, the API document and Swagger UI are served by other handler mappings than
	// the controllers' one, so their rows are proven by asking for them.
	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html" })
	void publicRowsOutsideTheApiAreServed(String path) throws Exception {
		assertThat(this.matrix.requiredFor(HttpMethod.GET, path)).map(EndpointRule::requirement)
			.contains(AccessRequirement.PUBLIC);
		int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isBetween(200, 399);
	}

	// "GET /api/v1/products/{id}" for each method and pattern of each handler method.
	private List<String> apiHandlers() {
		List<String> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : this.handlerMapping.getHandlerMethods()
			.entrySet()) {
			RequestMappingInfo info = handler.getKey();
			Set<String> patterns = info.getPatternValues();
			if (patterns.stream().noneMatch((pattern) -> pattern.startsWith(PermissionMatrix.API_PREFIX + "/"))) {
				continue;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			assertThat(methods).as("%s maps every HTTP method; name them", handler.getValue()).isNotEmpty();
			for (RequestMethod method : methods) {
				patterns.forEach((pattern) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		assertThat(endpoints).isNotEmpty();
		return endpoints;
	}

	private static String endpoint(EndpointRule rule) {
		return rule.method().name() + " " + rule.pattern();
	}

}
