package dev.stockroom.identity.user;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import dev.stockroom.platform.jpa.AbstractEntity;
import dev.stockroom.platform.audit.AuditNamed;

/**
 * A permission row, as the migration inserted it. Immutable: the set of permissions is
 * fixed by the code ({@link dev.stockroom.platform.access.PermissionCode}), so Hibernate
 * never writes to this table.
 */
@Entity
@Table(name = "permissions")
@Immutable
public class Permission extends AbstractEntity implements AuditNamed {

	private String code;

	private String resource;

	private String action;

	private String description;

	protected Permission() {
	}

	public String getCode() {
		return this.code;
	}

	@Override
	public String auditName() {
		return this.code;
	}

	String getResource() {
		return this.resource;
	}

	String getAction() {
		return this.action;
	}

	String getDescription() {
		return this.description;
	}

}
