package dev.stockroom.identity;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.stockroom.identity.security.SignedInAuthentication;
import dev.stockroom.identity.user.Permission;

/**
 * What a caller needs to reach one endpoint, as a row of the {@link PermissionMatrix}
 * states it. A closed set of cases, so that whoever turns the matrix into security rules
 * (or a test of every endpoint for every role) must handle each of them.
 */
public sealed interface AccessRequirement {

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
	 * Whether an authenticated user holding these permissions may call the endpoint. For
	 * {@link PermissionByMovementType} this is the question that can be answered before
	 * the body is read: does the user hold any of the type permissions.
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
			return permissions.contains(SignedInAuthentication.STAFF);
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
			return permissions.contains(SignedInAuthentication.SUPERUSER);
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
	 * Needs the permission of the movement type named in the request body: receiving
	 * stock is not adjusting it. Types are named as strings ({@code RECEIPT},
	 * {@code ISSUE}, {@code TRANSFER}, {@code ADJUSTMENT}, {@code COUNT}) so that
	 * identity does not depend on the stock module; a test keeps the names equal to the
	 * stock module's {@code MovementType}.
	 *
	 * @param permissions the permission each movement type needs
	 */
	record PermissionByMovementType(Map<String, PermissionCode> permissions) implements AccessRequirement {

		public PermissionByMovementType {
			permissions = Map.copyOf(permissions);
		}

		/**
		 * @param granted the user's permission codes
		 * @return true if the user holds the permission of at least one movement type, so
		 * may post some movement
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
			return "by movement type " + new java.util.TreeMap<>(this.permissions);
		}

	}

}
