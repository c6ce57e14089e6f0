package dev.stockroom.platform.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import dev.stockroom.platform.error.StaleVersionException;

/**
 * An entity that can change after it is made: creation and update times filled in by
 * Spring Data's auditing, and a version for optimistic locking, so that an update based
 * on a stale read is refused instead of silently overwriting someone else's change.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditableEntity extends AbstractEntity {

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(nullable = false)
	private long version;

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Refuses a change made from a stale copy: the client sends back the version it read.
	 * @param expectedVersion the version the client last saw
	 * @throws StaleVersionException when someone else changed the entity since
	 */
	public void checkVersion(long expectedVersion) {
		if (expectedVersion != this.version) {
			throw new StaleVersionException(getClass().getSimpleName(), getId(), expectedVersion, this.version);
		}
	}

}
