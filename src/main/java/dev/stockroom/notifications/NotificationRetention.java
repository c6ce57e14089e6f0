package dev.stockroom.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes notifications older than {@code stockroom.notifications.retention} (90 days
 * unless configured), read or not, so that the table holds months, not years; and the
 * record of reorder digests sent as long ago, which only needs to span a day. Run daily
 * as a recurring job; deleting what has expired twice over deletes nothing the second
 * time, so two instances running it cannot do harm. The unread counts cached meanwhile
 * may count a deleted notification until their time to live: an old unread one is rare,
 * and evicting every user's count would cost more than it is worth. Public, with
 * {@link #run()}, because the job runner calls it by reflection
 * ({@link NotificationSchedule}).
 */
@Component
public class NotificationRetention {

	private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

	private final NotificationRepository notifications;

	private final NotificationProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationRetention(NotificationRepository notifications, NotificationProperties properties, JdbcClient jdbc,
			Clock clock) {
		this.notifications = notifications;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return how many notifications were deleted
	 */
	@Transactional
	public int run() {
		Instant before = Instant.now(this.clock).minus(this.properties.retention());
		int deleted = this.notifications.deleteCreatedBefore(before);
		this.jdbc.sql("DELETE FROM reorder_digests WHERE created_at < ?").param(Timestamp.from(before)).update();
		if (deleted > 0) {
			log.info("Deleted {} notification(s) older than {}", deleted, this.properties.retention());
		}
		return deleted;
	}

}
