package dev.stockroom.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.stockroom.imports.file.RowProblem;

/**
 * The {@code imports} and {@code import_errors} tables, in plain SQL: an import's
 * progress is a set of counters that each chunk's transaction advances with a
 * compare-and-set ({@link #lockAt}, {@link #advance}), which reads more plainly as SQL
 * than as an entity.
 */
@Repository
class ImportStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, owner, kind, status, filename, file_key, file_size, headers::text AS headers,"
			+ " mapping::text AS mapping, total, processed, imported, unchanged, failed, error, created_at, finished_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final JsonMapper json;

	ImportStore(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	long insert(String owner, ImportKind kind, String filename, String fileKey, long fileSize, List<String> headers,
			List<String> mapping, int total) {
		KeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("INSERT INTO imports (owner, kind, status, filename, file_key, file_size, headers, mapping, total,"
					+ " created_at, updated_at) VALUES (?, ?, 'PREVIEW', ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)")
			.params(owner, kind.getName(), filename, fileKey, fileSize, this.json.writeValueAsString(headers),
					this.json.writeValueAsString(mapping), total, now, now)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM imports WHERE id = ?")
			.param(id)
			.query(this::stored)
			.optional();
	}

	Page<Stored> list(String owner, Pageable pageable) {
		List<Stored> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM imports WHERE owner = ? ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(owner, pageable.getPageSize(), pageable.getOffset())
			.query(this::stored)
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM imports WHERE owner = ?")
			.param(owner)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	void changeMapping(long id, List<String> mapping) {
		this.jdbc.sql("UPDATE imports SET mapping = ?::jsonb, updated_at = now() WHERE id = ?")
			.params(this.json.writeValueAsString(mapping), id)
			.update();
	}

	boolean start(long id) {
		return this.jdbc
			.sql("UPDATE imports SET status = 'RUNNING', updated_at = now()"
					+ " WHERE id = ? AND status = 'PREVIEW' AND file_key IS NOT NULL")
			.param(id)
			.update() == 1;
	}

	/**
	 * Locks a running import for its next chunk, if its progress is still where this run
	 * left it: another run that went further (two workers, an old run that woke up) makes
	 * this one stop rather than load a chunk twice.
	 */
	boolean lockAt(long id, int processed) {
		return this.jdbc.sql("SELECT id FROM imports WHERE id = ? AND status = 'RUNNING' AND processed = ? FOR UPDATE")
			.params(id, processed)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	void advance(long id, int rows, int imported, int unchanged, int failed) {
		this.jdbc
			.sql("UPDATE imports SET processed = processed + ?, imported = imported + ?, unchanged = unchanged + ?,"
					+ " failed = failed + ?, updated_at = now() WHERE id = ?")
			.params(rows, imported, unchanged, failed, id)
			.update();
	}

	void addErrors(long id, List<RowProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		this.batches.batchUpdate("INSERT INTO import_errors (import_id, line, field, message) VALUES (?, ?, ?, ?)",
				problems, problems.size(), (insert, problem) -> {
					insert.setLong(1, id);
					insert.setLong(2, problem.line());
					insert.setString(3, problem.field());
					insert.setString(4, truncate(problem.message(), 500));
				});
	}

	void errors(long id, Consumer<RowProblem> rows) {
		try (Stream<RowProblem> stream = this.jdbc
			.sql("SELECT line, field, message FROM import_errors WHERE import_id = ? ORDER BY line")
			.param(id)
			.withFetchSize(500)
			.query((rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.stream()) {
			stream.forEach(rows);
		}
	}

	/**
	 * @return whether this call ended the import (two runs at once: only one does)
	 */
	boolean finish(long id) {
		return this.jdbc
			.sql("UPDATE imports SET status = 'DONE', updated_at = now(), finished_at = now()"
					+ " WHERE id = ? AND status = 'RUNNING'")
			.param(id)
			.update() == 1;
	}

	/**
	 * @return whether this call ended the import
	 */
	boolean fail(long id, String error) {
		return this.jdbc
			.sql("UPDATE imports SET status = 'FAILED', error = ?, updated_at = now(), finished_at = now()"
					+ " WHERE id = ? AND status IN ('RUNNING', 'PREVIEW')")
			.params(truncate(error, 1000), id)
			.update() == 1;
	}

	/**
	 * Running imports whose progress has not moved for {@code idle}: their worker is
	 * gone.
	 */
	List<Long> stalled(Duration idle) {
		return this.jdbc.sql("SELECT id FROM imports WHERE status = 'RUNNING' AND updated_at < ? ORDER BY id")
			.param(Timestamp.from(Instant.now().minus(idle)))
			.query(Long.class)
			.list();
	}

	/** Imports whose file is older than {@code age} and not being read: id and key. */
	List<Stored> withFilesOlderThan(Duration age) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM imports WHERE file_key IS NOT NULL AND status <> 'RUNNING'"
					+ " AND created_at < ? ORDER BY id")
			.param(Timestamp.from(Instant.now().minus(age)))
			.query(this::stored)
			.list();
	}

	void forgetFile(long id) {
		this.jdbc.sql("UPDATE imports SET file_key = NULL WHERE id = ?").param(id).update();
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Stored(rs.getLong("id"), rs.getString("owner"), ImportKind.of(rs.getString("kind")).orElseThrow(),
				ImportStatus.valueOf(rs.getString("status")), rs.getString("filename"), rs.getString("file_key"),
				this.json.readValue(rs.getString("headers"), STRINGS),
				this.json.readValue(rs.getString("mapping"), STRINGS), rs.getInt("total"), rs.getInt("processed"),
				rs.getInt("imported"), rs.getInt("unchanged"), rs.getInt("failed"), rs.getString("error"),
				rs.getTimestamp("created_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	/** One row of {@code imports}. */
	record Stored(long id, String owner, ImportKind kind, ImportStatus status, String filename, String fileKey,
			List<String> headers, List<String> mapping, int total, int processed, int imported, int unchanged,
			int failed, String error, Instant createdAt, Instant finishedAt) {
	}

}
