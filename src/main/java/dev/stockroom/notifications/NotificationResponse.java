package dev.stockroom.notifications;

import java.time.Instant;

/**
 * A notification as its user reads it, on the page and in the API.
 *
 * @param id the notification's id
 * @param kind what it is about
 * @param title one line
 * @param body more, or empty
 * @param link a path within the site to act on it (e.g.
 * {@code /stock/levels?lowStock=true}), or {@code null}
 * @param createdAt when it was made
 * @param readAt when its user marked it read, or {@code null} while unread
 */
public record NotificationResponse(long id, NotificationKind kind, String title, String body, String link,
		Instant createdAt, Instant readAt) {

	static NotificationResponse of(Notification notification) {
		return new NotificationResponse(notification.getId(), notification.getKind(), notification.getTitle(),
				notification.getBody(), notification.getLink(), notification.getCreatedAt(), notification.getReadAt());
	}

	/**
	 * @return whether its user has not read it yet
	 */
	public boolean unread() {
		return this.readAt == null;
	}

}
