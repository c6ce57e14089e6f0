package dev.stockroom.platform.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule.Availability;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The rows of what the framework serves for every module: Actuator and the static files.
 *
 * <p>
 * Health and the probes are public (load balancers, Docker and Kubernetes ask without
 * credentials) and say UP or DOWN only. Everything else under /actuator is for
 * superusers, in every profile: the index, metrics and build information (Prometheus
 * scrapes with a superuser's API token), and whatever endpoint is exposed later, so that
 * exposing one never opens it to every signed-in user (a path without a row would be let
 * through to any of them).
 */
@Component
class FrameworkEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		List<EndpointRule> rules = new ArrayList<>();
		rules.add(framework(GET, "/actuator/health", AccessRequirement.PUBLIC));
		rules.add(framework(GET, "/actuator/health/liveness", AccessRequirement.PUBLIC));
		rules.add(framework(GET, "/actuator/health/readiness", AccessRequirement.PUBLIC));
		rules.add(framework(GET, "/actuator", AccessRequirement.SUPERUSER));
		for (HttpMethod method : List.of(GET, POST, DELETE)) {
			rules.add(framework(method, "/actuator/**", AccessRequirement.SUPERUSER));
		}
		for (String path : List.of("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")) {
			rules.add(framework(GET, path, AccessRequirement.PUBLIC));
		}
		return rules;
	}

	private static EndpointRule framework(HttpMethod method, String path, AccessRequirement requirement) {
		return new EndpointRule(method, path, requirement, Availability.FRAMEWORK);
	}

}
