package dev.stockroom.platform.access;

import java.util.Objects;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.stockroom.platform.api.ApiController;

/**
 * One row of the permission matrix: an HTTP method and a path pattern written as Spring
 * MVC writes it ({@code /api/v1/products/{id}}), and what a caller needs to reach it.
 *
 * @param method the HTTP method
 * @param pattern the path pattern, including {@code /api/v1} for API endpoints
 * @param requirement what the caller needs
 * @param availability where and by what the endpoint is served: a controller in every
 * profile, only in dev or bench, or the framework
 */
public record EndpointRule(HttpMethod method, String pattern, AccessRequirement requirement,
		Availability availability) {

	public EndpointRule {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(pattern, "pattern");
		Objects.requireNonNull(requirement, "requirement");
		Objects.requireNonNull(availability, "availability");
	}

	/**
	 * @return the pattern parsed the way Spring MVC parses handler patterns
	 */
	public PathPattern pathPattern() {
		return PathPatternParser.defaultInstance.parse(this.pattern);
	}

	/**
	 * @return true for an endpoint of the versioned REST API
	 */
	public boolean isApi() {
		return this.pattern.startsWith(ApiController.V1 + "/");
	}

	@Override
	public String toString() {
		return this.method + " " + this.pattern + " -> " + this.requirement
				+ ((this.availability != Availability.ALWAYS) ? " (" + this.availability + ")" : "");
	}

	/**
	 * Whether a row's endpoint is served, so that a coverage test knows what to expect.
	 */
	public enum Availability {

		/** Served in every profile. */
		ALWAYS,

		/**
		 * Served only where the dev profile is active: the prod profile switches
		 * springdoc off, so the API docs and Swagger UI do not exist there.
		 */
		DEV_ONLY,

		/**
		 * Served in every profile, but not by a controller of ours: by a filter (the form
		 * login's POST, logout), Actuator or a resource handler (static files). A
		 * coverage test proves such rows by requesting them rather than by finding a
		 * handler.
		 */
		FRAMEWORK,

		/**
		 * Served only where the {@code bench} profile is active: the benchmark's
		 * calibration endpoints ({@code bench/run.sh}). A coverage test run with that
		 * profile expects a handler; the default one expects none.
		 */
		BENCH_ONLY

	}

}
