package dev.stockroom.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every audited object (the counterpart of Django's {@code LogEntry},
 * which its admin writes, but recorded for every change, not just the admin's).
 * {@code AuditListener} writes it from Hibernate's post-insert, post-update and
 * post-delete events, in the transaction of the change, so that a change and its record
 * are committed or rolled back together, whoever made it: the admin, the pages, the API
 * or a command. Objects are named by their JPA entity name ({@code Product}) and id.
 */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, List<String>>> CHANGES = new TypeReference<>() {
	};

	private static final String INSERT = "INSERT INTO audit_entries"
			+ " (entity_type, entity_id, action, actor, occurred_at, changes) VALUES (?, ?, ?, ?, ?, ?::jsonb)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	/**
	 * Records many changes in one JDBC batch, for writes that bypass Hibernate (a bulk
	 * import's upsert) and so are not seen by the listener that records every entity
	 * write. The rows read exactly as the listener's would.
	 * @param entityType the JPA entity name, e.g. {@code Product}
	 * @param actor who made the changes (a background job has no signed-in user)
	 * @param entries the changes, one row each
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(String entityType, String actor, List<Recorded> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		this.batches.batchUpdate(INSERT, entries, entries.size(), (insert, entry) -> {
			Map<String, String[]> changes = new LinkedHashMap<>();
			entry.changes()
				.forEach((change) -> changes.put(change.property(),
						new String[] { change.oldValue(), change.newValue() }));
			insert.setString(1, entityType);
			insert.setLong(2, entry.entityId());
			insert.setString(3, entry.action());
			insert.setString(4, actor);
			insert.setTimestamp(5, now);
			insert.setString(6, this.json.writeValueAsString(changes));
		});
	}

	/**
	 * One change to record with {@link #recordAll}.
	 *
	 * @param entityId the object's id
	 * @param action {@code CREATE}, {@code UPDATE} or {@code DELETE}
	 * @param changes each changed property with its old and new value
	 */
	public record Recorded(long entityId, String action, List<AuditEntry.Change> changes) {
	}

	/**
	 * @param entityType the JPA entity name, e.g. {@code Product}
	 * @param entityId the object's id
	 * @return the object's history, newest first
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, long entityId) {
		return this.jdbc
			.sql("SELECT action, actor, occurred_at, changes::text AS changes FROM audit_entries"
					+ " WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC")
			.params(entityType, entityId)
			.query((row, number) -> new AuditEntry(row.getString("action"), row.getString("actor"),
					row.getTimestamp("occurred_at").toInstant(), changes(row.getString("changes"))))
			.list();
	}

	private List<AuditEntry.Change> changes(String stored) {
		List<AuditEntry.Change> changes = new ArrayList<>();
		this.json.readValue(stored, CHANGES)
			.forEach((property, values) -> changes.add(new AuditEntry.Change(property, values.get(0), values.get(1))));
		return changes;
	}

}
