package dev.stockroom.notifications;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * A user's notifications. Every look-up names the user, so that no query can hand one
 * user's notification to another.
 */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByUserId(long userId, Pageable pageable);

	Page<Notification> findByUserIdAndReadAtIsNull(long userId, Pageable pageable);

	Optional<Notification> findByIdAndUserId(long id, long userId);

	/** Answered from the partial index on unread rows. */
	@Query("select count(n) from Notification n where n.userId = :userId and n.readAt is null")
	long countUnread(long userId);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null and n.createdAt <= :at")
	int markAllRead(long userId, Instant at);

	@Modifying
	@Query("delete from Notification n where n.createdAt < :before")
	int deleteCreatedBefore(Instant before);

}
