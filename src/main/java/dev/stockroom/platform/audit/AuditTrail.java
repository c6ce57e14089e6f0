package dev.stockroom.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
