package dev.stockroom.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.audit.AuditNamed;
import dev.stockroom.platform.jpa.AuditableEntity;

/** A free label on products ("fragile", "seasonal"): a plain many-to-many. */
@Entity
@Table(name = "tags")
public class Tag extends AuditableEntity implements AuditNamed {

	@NotBlank
	@Size(max = 50)
	private String name;

	protected Tag() {
	}

	public Tag(String name) {
		this.name = name.strip();
	}

	public String getName() {
		return this.name;
	}

	@Override
	public String auditName() {
		return this.name;
	}

}
