package dev.stockroom.platform.access;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.stockroom.identity.security.SignedInAuthentication;
import dev.stockroom.identity.user.Permission;

/**
 * What a caller needs to reach one endpoint, as an {@link EndpointRule} states it. A
 * closed set of cases, so that whoever turns the rows into security rules (identity's
 * permission matrix, or a test of every endpoint for every role) must handle each of
 * them.
 */
public sealed interface AccessRequirement {

	/** The authority a staff user's request holds beside its permission codes. */
	String STAFF_AUTHORITY = "ROLE_STAFF";

	/** The authority a superuser's request holds beside its permission codes. */
	String SUPERUSER_AUTHORITY = "ROLE_SUPERUSER";

	/** Anyone, without credentials (the token endpoints, health, API docs in dev). */
	AccessRequirement PUBLIC = new Public();

	/** Any authenticated user, whatever their permissions (logout, say). */
	AccessRequirement AUTHENTICATED = new Authenticated();

	/**
	 * A staff user, whatever their permissions: the door to the admin site (Django's
	 * {@code is_staff}), behind which the site checks each model's permissions itself.
	 */
	AccessRequirement STAFF = new Staff();

	/**
	 * Superusers only: operations data (metrics, build information) that no role's
	 * permissions cover.
	 */
	AccessRequirement SUPERUSER = new Superuser();

	/**
	 * @param permission the permission the endpoint needs
	 * @return the requirement of holding that permission
	 */
	static AccessRequirement permission(PermissionCode permission) {
		return new Permission(permission);
	}

	/**
	 * @param name what the type names, e.g. {@code movement type}
	 * @param permissions the permission each type needs, by the type's name
	 * @return the requirement of holding the permission of the type the request body
	 * names
	 */
	static PermissionByType byType(String name, Map<String, PermissionCode> permissions) {
		return new PermissionByType(name, permissions);
	}

	/**
	 * Whether an authenticated user holding these permissions may call the endpoint. For
	 * {@link PermissionByType} this is the question that can be answered before the body
	 * is read: does the user hold any of the type permissions.
	 * @param permissions the user's permission codes, e.g. {@code product.view}
	 * @return true if the user may call the endpoint
	 */
	boolean allows(Set<String> permissions);

	/** Needs no credentials. */
	record Public() implements AccessRequirement {

		@Override
		public boolean allows(Set<String> permissions) {
			return true;
		}

		@Override
		public String toString() {
			return "PUBLIC";
		}

	}

	/** Needs credentials, no permission. */
	record Authenticated() implements AccessRequirement {

		@Override
		public boolean allows(Set<String> permissions) {
			return true;
		}

		@Override
		public String toString() {
			return "AUTHENTICATED";
		}

	}

	/** Needs a staff user; the admin site checks each model's permissions itself. */
	record Staff() implements AccessRequirement {

		@Override
		public boolean allows(Set<String> permissions) {
			return permissions.contains(STAFF_AUTHORITY);
		}

		@Override
		public String toString() {
			return "STAFF";
		}

	}

	/**
	 * Needs the superuser's authority ({@code ROLE_SUPERUSER}), which the request's
	 * authorities hold beside the permission codes; a set of permission codes alone never
	 * satisfies it.
	 */
	record Superuser() implements AccessRequirement {

		@Override
		public boolean allows(Set<String> permissions) {
			return permissions.contains(SUPERUSER_AUTHORITY);
		}

		@Override
		public String toString() {
			return "SUPERUSER";
		}

	}

	/**
	 * Needs one permission.
	 *
	 * @param code the permission
	 */
	record Permission(PermissionCode code) implements AccessRequirement {

		public Permission {
			Objects.requireNonNull(code, "code");
		}

		@Override
		public boolean allows(Set<String> permissions) {
			return permissions.contains(this.code.code());
		}

		@Override
		public String toString() {
			return this.code.code();
		}

	}

	/**
	 * Needs the permission of the type named in the request body: receiving stock is not
	 * adjusting it. Types are named as strings so that the row can be read without the
	 * module that owns them; that module builds the map from its own type (stock's
	 * {@code MovementType}) and checks the body's type with it.
	 *
	 * @param name what the type names, e.g. {@code movement type}
	 * @param permissions the permission each type needs
	 */
	record PermissionByType(String name, Map<String, PermissionCode> permissions) implements AccessRequirement {

		public PermissionByType {
			Objects.requireNonNull(name, "name");
			permissions = Map.copyOf(permissions);
		}

		/**
		 * @param granted the user's permission codes
		 * @return true if the user holds the permission of at least one type, so may post
		 * some
		 */
		@Override
		public boolean allows(Set<String> granted) {
			return this.permissions.values().stream().anyMatch((code) -> granted.contains(code.code()));
		}

		/**
		 * @param granted the user's permission codes
		 * @param type the {@code type} of the request body, e.g. {@code RECEIPT}
		 * @return true if the user holds that type's permission; false for an unknown
		 * type
		 */
		public boolean allows(Set<String> granted, String type) {
			PermissionCode code = this.permissions.get(type);
			return code != null && granted.contains(code.code());
		}

		@Override
		public String toString() {
			return "by " + this.name + " " + new java.util.TreeMap<>(this.permissions);
		}

	}

}
