package dev.stockroom.platform.jpa;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.Hibernate;

/**
 * The root of every entity: an id drawn from one shared sequence. The sequence steps by
 * 50 so Hibernate's pooled optimizer hands out 50 ids per round trip, which is what lets
 * inserts be batched (an identity column would force one INSERT at a time).
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stockroom_id")
	@SequenceGenerator(name = "stockroom_id", sequenceName = "stockroom_id_seq", allocationSize = 50)
	private Long id;

	public Long getId() {
		return this.id;
	}

	public boolean isNew() {
		return this.id == null;
	}

	// Equality by id, and only once persisted: two new entities are never equal.
	// The class check looks through Hibernate proxies.
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
			return false;
		}
		return this.id != null && this.id.equals(((AbstractEntity) other).getId());
	}

	@Override
	public int hashCode() {
		return Hibernate.getClass(this).hashCode();
	}

}
