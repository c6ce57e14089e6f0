package dev.stockroom.notifications;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;

import static dev.stockroom.platform.access.AccessRequirement.AUTHENTICATED;
import static dev.stockroom.platform.access.EndpointRules.api;
import static dev.stockroom.platform.access.EndpointRules.page;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every signed-in user may read and mark their own notifications, whatever their
 * permissions; the endpoints only ever reach the caller's own (another user's is a 404).
 */
@Component
class NotificationEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		return List.of(api(GET, "/notifications", AUTHENTICATED), api(POST, "/notifications/{id}/read", AUTHENTICATED),
				page(GET, "/notifications", AUTHENTICATED), page(POST, "/notifications/{id}/read", AUTHENTICATED),
				page(POST, "/notifications/read", AUTHENTICATED));
	}

}
