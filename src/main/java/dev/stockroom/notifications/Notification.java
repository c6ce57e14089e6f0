package dev.stockroom.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * One thing told to one user. The user is held by id: users belong to the identity
 * module, and a JPA association would tie the two modules' entities together. Only its
 * read time ever changes, once.
 */
@Entity
@Table(name = "notifications")
class Notification extends AbstractEntity {

	static final int TITLE_LENGTH = 200;

	static final int BODY_LENGTH = 2000;

	static final int LINK_LENGTH = 500;

	@Column(name = "user_id", nullable = false, updatable = false)
	private long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private NotificationKind kind;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(updatable = false)
	private String link;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	/**
	 * @param userId whom it is for
	 * @param kind what it is about
	 * @param title one line, cut to {@value #TITLE_LENGTH} characters
	 * @param body more, or {@code null}; cut to {@value #BODY_LENGTH} characters
	 * @param link a path within the site, or {@code null}
	 * @param createdAt when it is made
	 * @throws IllegalArgumentException for a blank title, or a link that is not a path
	 * within the site (an address elsewhere, or {@code //host}, which browsers read as
	 * one)
	 */
	Notification(long userId, NotificationKind kind, String title, String body, String link, Instant createdAt) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A notification needs a title");
		}
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > LINK_LENGTH)) {
			throw new IllegalArgumentException("A notification's link is a path within the site: " + link);
		}
		this.userId = userId;
		this.kind = kind;
		this.title = cut(title.strip(), TITLE_LENGTH);
		this.body = (body != null) ? cut(body.strip(), BODY_LENGTH) : "";
		this.link = link;
		this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
	}

	// A digest of many levels may say more than a row holds: the page links to the rest.
	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	/**
	 * Marks it read; reading it again keeps the first time.
	 * @param at now
	 * @return whether it was unread
	 */
	boolean markRead(Instant at) {
		if (this.readAt != null) {
			return false;
		}
		// PostgreSQL keeps microseconds: the answer now is what a later read gives.
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		this.readAt = now.isBefore(this.createdAt) ? this.createdAt : now;
		return true;
	}

	long getUserId() {
		return this.userId;
	}

	NotificationKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	String getBody() {
		return this.body;
	}

	String getLink() {
		return this.link;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getReadAt() {
		return this.readAt;
	}

}
