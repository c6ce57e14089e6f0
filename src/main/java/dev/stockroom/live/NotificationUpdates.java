package dev.stockroom.live;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import dev.stockroom.identity.UserService;
import dev.stockroom.notifications.NotificationResponse;
import dev.stockroom.notifications.Notifications;
import dev.stockroom.notifications.UnreadNotificationsChanged;

/**
 * Tells a user's open pages that their unread notifications changed, once the change
 * commits: {@code {"unreadCount", "added": {"title", "link"} or absent}} on
 * {@code /user/queue/notifications}, for the bell in the header. The count is read on the
 * sending thread, from the cache the change has evicted by then.
 */
@Component
// Not for a command (check-ledger, load-demo-data), which runs without a web server or
// sockets.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class NotificationUpdates {

	private final LiveRelay relay;

	private final Notifications notifications;

	private final UserService users;

	private final JsonMapper json;

	NotificationUpdates(LiveRelay relay, Notifications notifications, UserService users, JsonMapper json) {
		this.relay = relay;
		this.notifications = notifications;
		this.users = users;
		this.json = json;
	}

	@EventListener
	void on(UnreadNotificationsChanged changed) {
		AfterCommit.run(() -> this.relay.send(() -> message(changed)));
	}

	private LiveMessage message(UnreadNotificationsChanged changed) {
		return this.users.usernameOf(changed.userId()).map((username) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("unreadCount", this.notifications.unreadCount(changed.userId()));
			NotificationResponse added = changed.added();
			if (added != null) {
				Map<String, Object> summary = new LinkedHashMap<>();
				summary.put("title", added.title());
				summary.put("link", added.link());
				body.put("added", summary);
			}
			return LiveMessage.toUser(username, LiveEndpointRules.NOTIFICATIONS, this.json.writeValueAsString(body));
		}).orElse(null);
	}

}
