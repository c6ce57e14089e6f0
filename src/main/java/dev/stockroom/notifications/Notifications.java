package dev.stockroom.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users things, and lets each read and clear what they were told. Other modules
 * call {@link #notify} (an import that finished, say); a user's reads always name the
 * user, so that nobody reaches another's notifications.
 *
 * <p>
 * The unread count shows in the header of every page, so it must cost nothing on a warm
 * page: it is cached per user ({@link #UNREAD_CACHE}, in Redis with a near cache in front
 * where Redis is configured) and evicted when that user's count changes: a new
 * notification, one or all marked read. The caches are transaction-aware, so the eviction
 * happens once the change commits and a page never caches the count it is replacing.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	/** The unread count by user id. */
	public static final String UNREAD_CACHE = "notification-unread";

	private final NotificationRepository notifications;

	private final CacheManager caches;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Notifications(NotificationRepository notifications, CacheManager caches, Clock clock,
			ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.caches = caches;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Tells one user something. Inside the caller's transaction when there is one: a
	 * notification about work that rolls back is rolled back with it.
	 * @param userId whom
	 * @param kind what about
	 * @param title one line (longer is cut)
	 * @param body more, or {@code null} (longer than 2,000 characters is cut)
	 * @param link a path within the site to act on it (e.g. {@code /imports/7}), or
	 * {@code null}
	 * @return the notification
	 * @throws IllegalArgumentException for a blank title, or a link that is not a path
	 * within the site
	 */
	@Transactional
	public NotificationResponse notify(long userId, NotificationKind kind, String title, String body, String link) {
		Notification saved = this.notifications
			.save(new Notification(userId, kind, title, body, link, Instant.now(this.clock)));
		NotificationResponse added = NotificationResponse.of(saved);
		unreadChanged(userId, added);
		return added;
	}

	/**
	 * Tells several users the same thing, one notification each.
	 * @param userIds whom
	 * @param kind what about
	 * @param title one line
	 * @param body more, or {@code null}
	 * @param link a path within the site, or {@code null}
	 */
	@Transactional
	public void notifyAll(Collection<Long> userIds, NotificationKind kind, String title, String body, String link) {
		Instant now = Instant.now(this.clock);
		this.notifications
			.saveAll(userIds.stream().map((userId) -> new Notification(userId, kind, title, body, link, now)).toList())
			.forEach((saved) -> unreadChanged(saved.getUserId(), NotificationResponse.of(saved)));
	}

	/**
	 * @param userId whose
	 * @param unreadOnly only those not read yet
	 * @param pageable which page, in which order
	 * @return the user's notifications
	 */
	public Page<NotificationResponse> list(long userId, boolean unreadOnly, Pageable pageable) {
		Page<Notification> page = unreadOnly ? this.notifications.findByUserIdAndReadAtIsNull(userId, pageable)
				: this.notifications.findByUserId(userId, pageable);
		return page.map(NotificationResponse::of);
	}

	/**
	 * Marks one of the user's notifications read; one read already stays as it was.
	 * @param userId whose
	 * @param id which
	 * @return the notification as it is now
	 * @throws NotificationNotFoundException when the user has no notification with this
	 * id (someone else's included)
	 */
	@Transactional
	public NotificationResponse markRead(long userId, long id) {
		Notification notification = this.notifications.findByIdAndUserId(id, userId)
			.orElseThrow(() -> new NotificationNotFoundException(id));
		if (notification.markRead(Instant.now(this.clock))) {
			unreadChanged(userId, null);
		}
		return NotificationResponse.of(notification);
	}

	/**
	 * Marks every notification of the user read.
	 * @param userId whose
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(long userId) {
		int marked = this.notifications.markAllRead(userId, Instant.now(this.clock));
		if (marked > 0) {
			unreadChanged(userId, null);
		}
		return marked;
	}

	/**
	 * @param userId whose
	 * @return how many of the user's notifications are unread; from the cache when it
	 * holds the user's count, else one indexed count, which is then cached
	 */
	// No transaction of its own: a cache hit must not borrow a connection.
	@Transactional(propagation = Propagation.SUPPORTS)
	public long unreadCount(long userId) {
		Cache cache = this.caches.getCache(UNREAD_CACHE);
		if (cache == null) {
			return this.notifications.countUnread(userId);
		}
		Long count = cache.get(Long.toString(userId), () -> this.notifications.countUnread(userId));
		return (count != null) ? count : 0;
	}

	private void unreadChanged(long userId, NotificationResponse added) {
		evictUnread(userId);
		this.events.publishEvent(new UnreadNotificationsChanged(userId, added));
	}

	private void evictUnread(long userId) {
		Cache cache = this.caches.getCache(UNREAD_CACHE);
		if (cache != null) {
			cache.evict(Long.toString(userId));
		}
	}

}
