package dev.stockroom.platform.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidQueryException;
import dev.stockroom.platform.error.UnprocessableRequestException;

/**
 * Makes a POST safe to retry: the first request with an {@code Idempotency-Key} runs and
 * its answer is stored with the key, in the same transaction as the change it made; any
 * later request with that key and the same body gets the stored answer again and changes
 * nothing.
 *
 * <p>
 * The key is claimed with an INSERT inside the transaction. A concurrent request with the
 * same key blocks on that row until the first one commits (then it replays the answer) or
 * rolls back (then it runs itself), so two requests can never both run. Keys live in
 * PostgreSQL, so they survive a restart and are shared by every instance. A key belongs
 * to the user who first sent it: the same key from someone else is a 422, not a replay of
 * another user's answer.
 */
@Service
public class IdempotentRequests {

	/** The request header that carries the key. */
	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final int MAX_KEY_LENGTH = 255;

	private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final IdempotencyProperties properties;

	private final CurrentUser currentUser;

	IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
			IdempotencyProperties properties, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.properties = properties;
		this.currentUser = currentUser;
	}

	/**
	 * Runs {@code action} once per key, or replays the answer it gave the first time.
	 * @param key the client's idempotency key
	 * @param operation names the endpoint, so that one key cannot be replayed on another
	 * @param request the request body, whose fingerprint must match the first request's
	 * @param action the real work; it joins this method's transaction
	 * @return the answer of the first request with this key
	 * @throws UnprocessableRequestException when the key was used with another body
	 * @throws ConflictException when a request with the same key is still running
	 */
	public ResponseEntity<?> execute(String key, String operation, Object request, Supplier<ResponseEntity<?>> action) {
		checkKey(key);
		String fingerprint = fingerprint(operation, request);
		return this.transactions.execute((status) -> {
			this.jdbc.sql("SET LOCAL lock_timeout = " + this.properties.lockTimeout().toMillis()).update();
			if (claimOrWait(key, fingerprint)) {
				ResponseEntity<?> response = action.get();
				remember(key, response);
				return response;
			}
			return replay(key, fingerprint);
		});
	}

	// Only a wait for the key's own row means another request with the key is in flight.
	// A lock timeout inside the action (a stock level held by another writer) is a
	// different conflict and goes to the API's handler as such.
	private boolean claimOrWait(String key, String fingerprint) {
		try {
			return claim(key, fingerprint);
		}
		catch (PessimisticLockingFailureException ex) {
			throw new ConflictException("idempotency-key-in-flight",
					"A request with this Idempotency-Key is still being processed; retry later");
		}
	}

	// Deletes keys past their lifetime; claim() also takes over an expired key, so this
	// only keeps the table small. A recurring background job: once across instances, on a
	// worker (JobRunr's @Recurring, so that platform needs no module of its own).
	@Recurring(id = "idempotency-keys.delete-expired", interval = "PT1H")
	@Job(name = "Delete expired idempotency keys")
	public void deleteExpired() {
		int deleted = this.jdbc.sql("DELETE FROM idempotency_keys WHERE expires_at < now()").update();
		if (deleted > 0) {
			log.info("Deleted {} expired idempotency keys", deleted);
		}
	}

	private void checkKey(String key) {
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new InvalidQueryException(HEADER,
					HEADER + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces");
		}
	}

	private boolean claim(String key, String fingerprint) {
		return this.jdbc.sql("""
				INSERT INTO idempotency_keys (idempotency_key, fingerprint, created_at, expires_at)
				VALUES (:key, :fingerprint, now(), now() + make_interval(secs => :ttl))
				ON CONFLICT (idempotency_key) DO UPDATE
				  SET fingerprint = excluded.fingerprint, created_at = excluded.created_at,
				      expires_at = excluded.expires_at, status = NULL, location = NULL, body = NULL
				  WHERE idempotency_keys.expires_at < now()
				""")
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("ttl", this.properties.ttl().toSeconds())
			.update() == 1;
	}

	private void remember(String key, ResponseEntity<?> response) {
		URI location = response.getHeaders().getLocation();
		this.jdbc
			.sql("UPDATE idempotency_keys SET status = :status, location = :location, body = :body "
					+ "WHERE idempotency_key = :key")
			.param("status", response.getStatusCode().value())
			.param("location", (location != null) ? location.toString() : null)
			.param("body", (response.getBody() != null) ? this.json.writeValueAsString(response.getBody()) : null)
			.param("key", key)
			.update();
	}

	private ResponseEntity<?> replay(String key, String fingerprint) {
		StoredAnswer stored = this.jdbc
			.sql("SELECT fingerprint, status, location, body FROM idempotency_keys WHERE idempotency_key = :key")
			.param("key", key)
			.query(StoredAnswer.class)
			.single();
		if (!stored.fingerprint().equals(fingerprint)) {
			throw new UnprocessableRequestException("idempotency-key-reused",
					"This Idempotency-Key was already used with a different request body");
		}
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status()).header(REPLAYED_HEADER, "true");
		Optional.ofNullable(stored.location()).map(URI::create).ifPresent(builder::location);
		if (stored.body() == null) {
			return builder.build();
		}
		return builder.contentType(MediaType.APPLICATION_JSON).body(stored.body());
	}

	private String fingerprint(String operation, Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(operation.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			// The user is part of the fingerprint: another user's request with the same
			// key is refused (422), never answered with the first user's stored answer.
			digest.update(this.currentUser.username().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(this.json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	record StoredAnswer(String fingerprint, int status, String location, String body) {
	}

}
