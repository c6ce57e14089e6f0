package dev.stockroom.identity.apitoken;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import dev.stockroom.identity.user.User;
import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * A personal API token: a named credential a user makes for scripts and integrations.
 * Holds the SHA-256 of its key, never the key.
 *
 * <p>
 * An {@link AbstractEntity}, not an auditable one: apart from {@code last_used_at} (set
 * by a conditional update, see {@code ApiTokenRepository#touch}) a token only changes
 * once, when it is revoked, so a version would only make concurrent requests with the
 * same token fail each other. {@link DynamicUpdate} makes revoking write
 * {@code revoked_at} alone, so it cannot put back a stale {@code last_used_at}.
 */
@Entity
@Table(name = "api_tokens")
@DynamicUpdate
public class ApiToken extends AbstractEntity {

	static final int MAX_NAME_LENGTH = 100;

	/** How stale {@code last_used_at} may get before a request writes it again. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", updatable = false)
	private User user;

	private String name;

	@Column(updatable = false)
	private String prefix;

	@Column(name = "key_hash", updatable = false)
	private String keyHash;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "expires_at", updatable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	/**
	 * @param key the new key; only its prefix and hash are kept
	 */
	ApiToken(User user, String name, String key, Instant createdAt, Instant expiresAt) {
		this.user = user;
		this.name = name;
		this.prefix = ApiTokenKeys.prefixOf(key);
		this.keyHash = ApiTokenKeys.hash(key);
		this.createdAt = storable(createdAt);
		this.expiresAt = (expiresAt != null) ? storable(expiresAt) : null;
	}

	/**
	 * Whether a presented key's digest is this token's. The lookup by hash already found
	 * the row; comparing again in constant time costs nothing and keeps the rule simple:
	 * secrets are never compared with {@code equals}, which returns at the first
	 * differing byte.
	 */
	boolean hasDigest(byte[] digest) {
		return MessageDigest.isEqual(HexFormat.of().parseHex(this.keyHash), digest);
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	boolean isExpiredAt(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	/** Whether the token may sign its user in now: neither revoked nor expired. */
	boolean isUsableAt(Instant now) {
		return !isRevoked() && !isExpiredAt(now);
	}

	boolean lastUseIsStaleAt(Instant now) {
		return this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION));
	}

	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = storable(now);
		}
	}

	// PostgreSQL keeps microseconds: truncated here, the value handed back is the one a
	// later read finds.
	static Instant storable(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	User getUser() {
		return this.user;
	}

	/**
	 * @return the id of the token's user (without loading the user)
	 */
	public long getUserId() {
		return this.user.getId();
	}

	String getName() {
		return this.name;
	}

	String getPrefix() {
		return this.prefix;
	}

	String getKeyHash() {
		return this.keyHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
