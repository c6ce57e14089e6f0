package dev.stockroom.platform.access;

import java.util.Objects;

/**
 * One row of the permission matrix for live updates: a STOMP destination a browser may
 * subscribe to over {@code /ws}, and what the subscriber needs. A subscription that no
 * row names is refused, as a request that no {@link EndpointRule} names is.
 *
 * @param destination the destination exactly as a client subscribes to it, e.g.
 * {@code /topic/stock-levels} or {@code /user/queue/notifications} (a user destination,
 * which only ever reaches the subscriber's own messages)
 * @param requirement what the subscriber needs
 */
public record SubscriptionRule(String destination, AccessRequirement requirement) {

	public SubscriptionRule {
		Objects.requireNonNull(destination, "destination");
		Objects.requireNonNull(requirement, "requirement");
		if (!destination.startsWith("/topic/") && !destination.startsWith("/user/queue/")) {
			throw new IllegalArgumentException("Not a broadcast or user destination: " + destination);
		}
	}

	@Override
	public String toString() {
		return "SUBSCRIBE " + this.destination + " -> " + this.requirement;
	}

}
