package dev.stockroom.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Actuator as the permission matrix states it: health and its liveness and readiness
 * probes for anyone (load balancers, Docker and Kubernetes ask without credentials),
 * everything else (the index, Prometheus metrics, build information, any endpoint exposed
 * later) for superusers only.
 */
@IntegrationTest
class ActuatorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthAndItsProbesAnswerAnyone(String path) throws Exception {
		this.mvc.perform(get(path).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusMetricsAreForSuperusers() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(SignIn.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("http_server_requests")));
		this.mvc.perform(get("/actuator/prometheus").with(SignIn.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(SignIn.anonymous())).andExpect(status().isUnauthorized());
	}

	@Test
	void theIndexIsForSuperusers() throws Exception {
		this.mvc.perform(get("/actuator").with(SignIn.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$._links.prometheus").exists());
		this.mvc.perform(get("/actuator").with(SignIn.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator").with(SignIn.as("viewer"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator").with(SignIn.anonymous())).andExpect(status().isUnauthorized());
	}

	// Not a 404 that tells a signed-in user which endpoints are not exposed: refused
	// before Actuator is asked.
	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans" })
	void endpointsThatAreNotExposedAreRefusedToOtherUsersAlike(String path) throws Exception {
		this.mvc.perform(get(path).with(SignIn.as("manager"))).andExpect(status().isForbidden());
	}

	@Test
	void buildInformationIsForSuperusers() throws Exception {
		this.mvc.perform(get("/actuator/info").with(SignIn.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.artifact").value("stockroom"))
			.andExpect(jsonPath("$.build.version").exists())
			.andExpect(jsonPath("$.java.version").exists());
		this.mvc.perform(get("/actuator/info").with(SignIn.as("viewer"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(SignIn.anonymous())).andExpect(status().isUnauthorized());
	}

}
