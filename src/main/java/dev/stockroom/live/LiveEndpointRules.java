package dev.stockroom.live;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.access.SubscriptionRule;

import static dev.stockroom.platform.access.AccessRequirement.AUTHENTICATED;
import static dev.stockroom.platform.access.AccessRequirement.permission;
import static dev.stockroom.platform.access.PermissionCode.WAREHOUSE_VIEW;
import static org.springframework.http.HttpMethod.GET;

/**
 * Who may open the live-update socket and subscribe to what. The socket's handshake is a
 * GET of {@code /ws} with the page session; stock figures are warehouse information
 * ({@code warehouse.view}, as the stock pages); a user's own queues need only a signed-in
 * user, and only ever carry that user's messages.
 */
@Component
class LiveEndpointRules implements EndpointRules {

	static final String STOCK_LEVELS = "/topic/stock-levels";

	static final String NOTIFICATIONS = "/queue/notifications";

	static final String IMPORTS = "/queue/imports";

	@Override
	public List<EndpointRule> rules() {
		return List.of(new EndpointRule(GET, LiveConfiguration.ENDPOINT, AUTHENTICATED, Availability.FRAMEWORK));
	}

	@Override
	public List<SubscriptionRule> subscriptions() {
		return List.of(new SubscriptionRule(STOCK_LEVELS, permission(WAREHOUSE_VIEW)),
				new SubscriptionRule("/user" + NOTIFICATIONS, AUTHENTICATED),
				new SubscriptionRule("/user" + IMPORTS, AUTHENTICATED));
	}

}
