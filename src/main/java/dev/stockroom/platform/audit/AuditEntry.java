package dev.stockroom.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of an object's history: who created, changed or deleted it, when, and what
 * changed, as {@link AuditTrail} recorded it.
 *
 * @param action {@code CREATE}, {@code UPDATE} or {@code DELETE}
 * @param actor the username of whoever made the change, or {@link CurrentUser#SYSTEM}
 * @param occurredAt when
 * @param changes each changed property with its old and new value (a created object's old
 * values and a deleted one's new values are {@code null})
 */
public record AuditEntry(String action, String actor, Instant occurredAt, List<Change> changes) {

	public AuditEntry {
		changes = List.copyOf(changes);
	}

	/**
	 * One property's change.
	 *
	 * @param property the entity property, e.g. {@code price}; an association is recorded
	 * as the id it points at
	 * @param oldValue the value before, as text, or {@code null}
	 * @param newValue the value after, as text, or {@code null}
	 */
	public record Change(String property, String oldValue, String newValue) {
	}

}
