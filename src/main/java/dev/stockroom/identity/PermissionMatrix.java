package dev.stockroom.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.access.SubscriptionRule;

import static org.springframework.http.HttpMethod.GET;

/**
 * The single source of who may call which endpoint: one {@link EndpointRule} per HTTP
 * method and path pattern, assembled from the rows each module contributes for its own
 * URLs ({@link EndpointRules} beans). The security configuration
 * ({@link MatrixAuthorizationManager}), the buttons a page shows ({@link PageAccess}) and
 * a test of every endpoint for every role are derived from it, so that the three cannot
 * disagree. A request no row matches is denied (deny by default), and a test compares the
 * API rows with Spring MVC's handler methods, so that a new endpoint without a row fails
 * the build.
 *
 * <p>
 * {@code MatrixAuthorizationManager} enforces the rows for every request, pages and API
 * alike. The matrix also holds who may subscribe to which live-update destination
 * ({@link SubscriptionRule}); {@code StompAccess} enforces those for every STOMP
 * subscription and every message delivered.
 */
public final class PermissionMatrix {

	/** Where the versioned REST API is served. */
	public static final String API_PREFIX = ApiController.V1;

	private final List<EndpointRule> rules;

	private final List<PathPattern> patterns;

	private final Map<String, SubscriptionRule> subscriptions = new LinkedHashMap<>();

	/**
	 * @param rules the rows; at most one per method and pattern
	 */
	public PermissionMatrix(List<EndpointRule> rules) {
		this(rules, List.of());
	}

	/**
	 * @param rules the rows; at most one per method and pattern
	 * @param subscriptions the live-update destinations; at most one row each
	 */
	public PermissionMatrix(List<EndpointRule> rules, List<SubscriptionRule> subscriptions) {
		for (SubscriptionRule subscription : subscriptions) {
			if (this.subscriptions.putIfAbsent(subscription.destination(), subscription) != null) {
				throw new IllegalArgumentException("Two rows for SUBSCRIBE " + subscription.destination());
			}
		}
		Set<String> seen = new HashSet<>();
		for (EndpointRule rule : rules) {
			if (!seen.add(rule.method() + " " + rule.pattern())) {
				throw new IllegalArgumentException("Two rows for " + rule.method() + " " + rule.pattern());
			}
		}
		this.rules = List.copyOf(rules);
		this.patterns = this.rules.stream().map(EndpointRule::pathPattern).toList();
	}

	/**
	 * @param contributions the modules' rows
	 * @return the matrix of every contributed row
	 */
	public static PermissionMatrix of(List<? extends EndpointRules> contributions) {
		return new PermissionMatrix(contributions.stream().flatMap((rules) -> rules.rules().stream()).toList(),
				contributions.stream().flatMap((rules) -> rules.subscriptions().stream()).toList());
	}

	/**
	 * @return every live-update destination and who may subscribe to it
	 */
	public List<SubscriptionRule> subscriptions() {
		return List.copyOf(this.subscriptions.values());
	}

	/**
	 * @param destination a STOMP destination as the client subscribes to it
	 * @return what a subscriber needs, or empty when no row names the destination (which
	 * means: refuse)
	 */
	public Optional<AccessRequirement> requiredToSubscribe(String destination) {
		return Optional.ofNullable(this.subscriptions.get(destination)).map(SubscriptionRule::requirement);
	}

	/**
	 * @return every row, in the order contributed
	 */
	public List<EndpointRule> rules() {
		return this.rules;
	}

	/**
	 * Finds the row for a concrete request, matching paths the way Spring MVC does
	 * ({@link PathPattern}); the most specific pattern wins should several match. HEAD is
	 * answered by GET's row, as Spring MVC answers HEAD with the GET handler.
	 * @param method the request's method
	 * @param path the request's path, without query string, e.g.
	 * {@code /api/v1/products/42}
	 * @return the row, or empty when none matches (which means: deny)
	 */
	public Optional<EndpointRule> requiredFor(HttpMethod method, String path) {
		HttpMethod effective = HttpMethod.HEAD.equals(method) ? GET : method;
		PathContainer container = PathContainer.parsePath(path);
		List<Integer> matches = new ArrayList<>();
		for (int i = 0; i < this.rules.size(); i++) {
			if (this.rules.get(i).method().equals(effective) && this.patterns.get(i).matches(container)) {
				matches.add(i);
			}
		}
		return matches.stream()
			.min(Comparator.comparing(this.patterns::get, PathPattern.SPECIFICITY_COMPARATOR))
			.map(this.rules::get);
	}

	/**
	 * Whether an authenticated user holding these permissions may make the request. For
	 * {@code POST /api/v1/stock/movements} the answer is whether the user may post some
	 * movement; the type in the body is checked by the stock module.
	 * @param permissions the user's permission codes, as
	 * {@link UserService#permissionsOf(String)} answers them
	 * @param method the request's method
	 * @param path the request's path
	 * @return true if a row matches and its requirement is met; false otherwise
	 */
	public boolean allows(Set<String> permissions, HttpMethod method, String path) {
		return requiredFor(method, path).map((rule) -> rule.requirement().allows(permissions)).orElse(false);
	}

}
