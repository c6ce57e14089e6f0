package dev.stockroom.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;

import static org.springframework.http.HttpMethod.GET;

/**
 * The dashboard is every signed-in user's home page; the figures it shows need no
 * permission of their own.
 */
@Component
class DashboardEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		return List.of(EndpointRules.page(GET, "/", AccessRequirement.AUTHENTICATED));
	}

}
