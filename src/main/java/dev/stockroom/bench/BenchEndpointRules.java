package dev.stockroom.bench;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.access.PermissionCode;

import static org.springframework.http.HttpMethod.GET;

/**
 * The calibration endpoints' rows, in every profile (marked bench-only, so that the
 * coverage test knows when to expect a handler). The static answer is public so that it
 * measures HTTP and JSON alone, with no database behind it, not even the look-up of a
 * token; the plain JDBC read needs what the product detail needs, so that the two differ
 * only in how the product is read. The statement count is public so that reading it costs
 * no statement.
 */
@Component
class BenchEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		return List.of(
				new EndpointRule(GET, ApiController.V1 + "/bench/static", AccessRequirement.PUBLIC,
						Availability.BENCH_ONLY),
				new EndpointRule(GET, ApiController.V1 + "/bench/statements", AccessRequirement.PUBLIC,
						Availability.BENCH_ONLY),
				new EndpointRule(GET, ApiController.V1 + "/bench/products/{id}",
						AccessRequirement.permission(PermissionCode.PRODUCT_VIEW), Availability.BENCH_ONLY));
	}

}
