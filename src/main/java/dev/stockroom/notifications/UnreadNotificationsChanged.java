package dev.stockroom.notifications;

/**
 * A user's unread notifications changed: one was added, or some were marked read.
 * Published inside the change's transaction; the live module tells the user's open pages
 * once it commits.
 *
 * @param userId whose
 * @param added the notification added, or {@code null} when notifications were read
 */
public record UnreadNotificationsChanged(long userId, NotificationResponse added) {

}
