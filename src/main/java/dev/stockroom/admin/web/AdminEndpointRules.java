package dev.stockroom.admin.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;

import static dev.stockroom.platform.access.AccessRequirement.STAFF;
import static dev.stockroom.platform.access.EndpointRules.page;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The admin site: staff only at the door; which models a user may see, add, change or
 * delete is checked by the site against each ModelAdmin's permissions (403 on refusal),
 * so that a new model needs no rows here.
 */
@Component
class AdminEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		List<EndpointRule> rules = new ArrayList<>();
		rules.add(page(GET, "/admin", STAFF));
		for (String path : List.of("/admin/{model}", "/admin/{model}/new", "/admin/{model}/{id}")) {
			rules.add(page(GET, path, STAFF));
			rules.add(page(POST, path, STAFF));
		}
		rules.add(page(GET, "/admin/{model}/{id}/history", STAFF));
		rules.add(page(GET, "/admin/{model}/{id}/delete", STAFF));
		rules.add(page(POST, "/admin/{model}/{id}/delete", STAFF));
		return rules;
	}

}
