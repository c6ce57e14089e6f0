package dev.stockroom.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRule.Availability;
import dev.stockroom.platform.access.EndpointRules;

import static dev.stockroom.platform.access.AccessRequirement.AUTHENTICATED;
import static dev.stockroom.platform.access.AccessRequirement.PUBLIC;
import static dev.stockroom.platform.access.EndpointRules.api;
import static dev.stockroom.platform.access.EndpointRules.page;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call identity's own endpoints: the token API, personal API tokens, the API docs
 * in dev, and the account pages. The sign-in, registration and password-reset pages are
 * public; the form login itself ({@code POST /login}) and {@code POST /logout} are
 * answered by Spring Security's filters, before any controller.
 */
@Component
class IdentityEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		return List.of(api(POST, "/auth/token", PUBLIC), api(POST, "/auth/refresh", PUBLIC),
				api(POST, "/auth/logout", AUTHENTICATED), api(GET, "/account/tokens", AUTHENTICATED),
				api(POST, "/account/tokens", AUTHENTICATED), api(DELETE, "/account/tokens/{id}", AUTHENTICATED),
				new EndpointRule(GET, "/v3/api-docs/**", PUBLIC, Availability.DEV_ONLY),
				new EndpointRule(GET, "/swagger-ui/**", PUBLIC, Availability.DEV_ONLY),
				new EndpointRule(GET, "/swagger-ui.html", PUBLIC, Availability.DEV_ONLY), page(GET, "/login", PUBLIC),
				new EndpointRule(POST, "/login", PUBLIC, Availability.FRAMEWORK),
				new EndpointRule(POST, "/logout", PUBLIC, Availability.FRAMEWORK), page(GET, "/register", PUBLIC),
				page(POST, "/register", PUBLIC), page(GET, "/password-reset", PUBLIC),
				page(POST, "/password-reset", PUBLIC), page(GET, "/password-reset/{token}", PUBLIC),
				page(POST, "/password-reset/{token}", PUBLIC), page(GET, "/account/password", AUTHENTICATED),
				page(POST, "/account/password", AUTHENTICATED), page(GET, "/account/profile", AUTHENTICATED),
				page(POST, "/account/profile", AUTHENTICATED), page(GET, "/account/tokens", AUTHENTICATED),
				page(POST, "/account/tokens", AUTHENTICATED), page(POST, "/account/tokens/{id}/revoke", AUTHENTICATED));
	}

}
