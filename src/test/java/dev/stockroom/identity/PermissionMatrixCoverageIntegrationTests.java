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
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The permission matrix and the running application list the same endpoints: every
 * handler method of ours (API and pages) has exactly one row, and every row served by a
 * controller has a handler. So an endpoint added without a row (which the security rules
 * would only let signed-in users reach, whatever it does) fails the build, and so does a
 * stale row. Rows served by filters, Actuator or static resources are proven by asking
 * for them.
 */
@IntegrationTest
class PermissionMatrixCoverageIntegrationTests {

	@Autowired
	private PermissionMatrix matrix;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	MockMvc mvc;

	// The unit tests and parameter sources read the matrix without the application.
	@Test
	void theMatrixTestsReadWithoutTheApplicationIsTheOneItEnforces() {
		assertThat(StandardMatrix.get().rules()).containsExactlyInAnyOrderElementsOf(this.matrix.rules());
	}

	@Test
	void everyHandlerHasExactlyOneRow() {
		List<String> problems = new ArrayList<>();
		for (String endpoint : handlers()) {
			long rows = this.matrix.rules().stream().filter((rule) -> endpoint(rule).equals(endpoint)).count();
			if (rows != 1) {
				problems.add(endpoint + " has " + rows + " rows");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRowServedByAControllerHasAHandler() {
		List<String> handlers = handlers();

		assertThat(this.matrix.rules()).filteredOn((rule) -> rule.availability() == Availability.ALWAYS)
			.extracting(PermissionMatrixCoverageIntegrationTests::endpoint)
			.containsExactlyInAnyOrderElementsOf(handlers);
		assertThat(this.matrix.rules()).filteredOn((rule) -> rule.availability() == Availability.BENCH_ONLY)
			.extracting(PermissionMatrixCoverageIntegrationTests::endpoint)
			.as("the calibration endpoints exist only in the bench profile")
			.isNotEmpty()
			.doesNotContainAnyElementsOf(handlers);
	}

	@Test
	void concretePathsOfEveryHandlerResolveToItsRow() {
		for (String endpoint : handlers()) {
			String[] parts = endpoint.split(" ", 2);
			String path = parts[1].replaceAll("\\{[^}]+}", "1");
			assertThat(this.matrix.requiredFor(HttpMethod.valueOf(parts[0]), path)).as(endpoint)
				.map(PermissionMatrixCoverageIntegrationTests::endpoint)
				.contains(endpoint);
		}
	}

	// Health, the API document, Swagger UI and static files are served by other
	// handler mappings than the controllers' one, so their rows are proven
	// by asking for them, without credentials.
	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/css/stockroom.css" })
	void publicRowsOutsideTheControllersAreServed(String path) throws Exception {
		assertThat(this.matrix.requiredFor(HttpMethod.GET, path)).map(EndpointRule::requirement)
			.contains(AccessRequirement.PUBLIC);
		int status = this.mvc.perform(get(path).with(SignIn.anonymous())).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isBetween(200, 399);
	}

	// "GET /api/v1/products/{id}" for each method and pattern of each of our handler
	// methods (not springdoc's, and no error controller).
	private List<String> handlers() {
		List<String> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : this.handlerMapping.getHandlerMethods()
			.entrySet()) {
			Class<?> beanType = handler.getValue().getBeanType();
			// Our error controller extends Boot's: it answers the container's error
			// dispatch (which every chain lets through), not a path of its own.
			if (!beanType.getPackageName().startsWith("dev.stockroom")
					|| ErrorController.class.isAssignableFrom(beanType)) {
				continue;
			}
			RequestMappingInfo info = handler.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			assertThat(methods).as("%s maps every HTTP method; name them", handler.getValue()).isNotEmpty();
			for (RequestMethod method : methods) {
				info.getPatternValues().forEach((pattern) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		assertThat(endpoints).isNotEmpty();
		// A list answers JSON and CSV from two handler methods (chosen by Accept): one
		// endpoint, one row.
		return endpoints.stream().distinct().toList();
	}

	private static String endpoint(EndpointRule rule) {
		return rule.method().name() + " " + rule.pattern();
	}

}
