package dev.stockroom.identity.user;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.audit.AuditNamed;
import dev.stockroom.platform.jpa.AuditableEntity;

/**
 * A named set of permissions that users join (Django's {@code Group}; the class is not
 * called {@code Group} because GROUP is a query keyword). The built-in roles are groups.
 */
@Entity
@Table(name = "groups")
public class UserGroup extends AuditableEntity implements AuditNamed {

	@NotBlank
	@Size(max = 150)
	private String name;

	@Size(max = 500)
	private String description;

	@ManyToMany
	@JoinTable(name = "group_permissions", joinColumns = @JoinColumn(name = "group_id"),
			inverseJoinColumns = @JoinColumn(name = "permission_id"))
	private Set<Permission> permissions = new HashSet<>();

	protected UserGroup() {
	}

	public UserGroup(String name, String description) {
		this.name = name.strip();
		this.description = description;
	}

	void grant(Permission permission) {
		this.permissions.add(permission);
	}

	public void rename(String name, String description) {
		this.name = name.strip();
		this.description = description;
	}

	// The admin's permission field: exactly these permissions afterwards.
	public void replacePermissions(Set<Permission> permissions) {
		this.permissions.retainAll(permissions);
		this.permissions.addAll(permissions);
	}

	public String getName() {
		return this.name;
	}

	@Override
	public String auditName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	public Set<Permission> getPermissions() {
		return Collections.unmodifiableSet(this.permissions);
	}

}
