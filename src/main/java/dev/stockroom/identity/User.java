package dev.stockroom.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import dev.stockroom.platform.AuditableEntity;

/**
 * A person who uses Stockroom: the counterpart of Django's {@code AbstractUser}, as a
 * custom user model from the first migration. Permissions come from the user's groups and
 * from direct grants; {@link #effectivePermissions} applies the superuser and active
 * rules.
 */
@Entity
@Table(name = "users")
class User extends AuditableEntity {

	private String username;

	private String email;

	@Column(name = "full_name")
	private String fullName;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean active = true;

	private boolean staff;

	private boolean superuser;

	@Column(name = "last_login")
	private Instant lastLogin;

	@Column(name = "date_joined", updatable = false)
	private Instant dateJoined;

	@ManyToMany
	@JoinTable(name = "user_groups", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	private Set<UserGroup> groups = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "user_permissions", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "permission_id"))
	private Set<Permission> permissions = new HashSet<>();

	protected User() {
	}

	/**
	 * @param passwordHash the encoded password, never the password itself
	 */
	User(String username, String email, String fullName, String passwordHash, Instant dateJoined) {
		this.username = username.strip();
		this.email = normalizeEmail(email);
		this.fullName = fullName.strip();
		this.passwordHash = passwordHash;
		this.dateJoined = storable(dateJoined);
	}

	// Like Django's normalize_email: the domain is case-insensitive everywhere, so it is
	// stored in lower case; the local part is left as typed.
	static String normalizeEmail(String email) {
		String stripped = email.strip();
		int at = stripped.lastIndexOf('@');
		return (at < 0) ? stripped
				: stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	void joinGroup(UserGroup group) {
		this.groups.add(group);
	}

	void leaveGroup(UserGroup group) {
		this.groups.remove(group);
	}

	void grant(Permission permission) {
		this.permissions.add(permission);
	}

	void revoke(Permission permission) {
		this.permissions.remove(permission);
	}

	void changeFullName(String fullName) {
		this.fullName = fullName.strip();
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void makeStaff() {
		this.staff = true;
	}

	void changeEmail(String email) {
		this.email = normalizeEmail(email);
	}

	void setStaff(boolean staff) {
		this.staff = staff;
	}

	// The admin's group field: exactly these groups afterwards.
	void replaceGroups(Set<UserGroup> groups) {
		this.groups.retainAll(groups);
		this.groups.addAll(groups);
	}

	void makeSuperuser() {
		this.superuser = true;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	void recordLogin(Instant at) {
		this.lastLogin = storable(at);
	}

	// PostgreSQL keeps microseconds (and rounds the rest): truncated here, the value the
	// caller is given back is the one a later read finds.
	private static Instant storable(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * What this user may do, as Django's {@code get_all_permissions} answers it: nothing
	 * while inactive, everything as a superuser, otherwise the union of the groups'
	 * permissions and the direct ones.
	 * @param everyPermission every permission code there is; asked only for a superuser
	 * @return the permission codes, sorted
	 */
	SortedSet<String> effectivePermissions(Supplier<? extends Set<String>> everyPermission) {
		if (!this.active) {
			return Collections.emptySortedSet();
		}
		if (this.superuser) {
			return Collections.unmodifiableSortedSet(new TreeSet<>(everyPermission.get()));
		}
		return Collections.unmodifiableSortedSet(Stream
			.concat(this.groups.stream().flatMap((group) -> group.getPermissions().stream()), this.permissions.stream())
			.map(Permission::getCode)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	String getUsername() {
		return this.username;
	}

	String getEmail() {
		return this.email;
	}

	String getFullName() {
		return this.fullName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isActive() {
		return this.active;
	}

	boolean isStaff() {
		return this.staff;
	}

	boolean isSuperuser() {
		return this.superuser;
	}

	Instant getLastLogin() {
		return this.lastLogin;
	}

	Instant getDateJoined() {
		return this.dateJoined;
	}

	Set<UserGroup> getGroups() {
		return Collections.unmodifiableSet(this.groups);
	}

	Set<Permission> getPermissions() {
		return Collections.unmodifiableSet(this.permissions);
	}

}
