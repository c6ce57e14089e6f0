package dev.stockroom.identity.user;

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

import dev.stockroom.platform.jpa.AuditableEntity;

/**
 * A person who uses Stockroom: the counterpart of Django's {@code AbstractUser}, as a
 * custom user model from the first migration. Permissions come from the user's groups and
 * from direct grants; {@link #effectivePermissions} applies the superuser and active
 * rules.
 */
@Entity
@Table(name = "users")
public class User extends AuditableEntity {

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
	public User(String username, String email, String fullName, String passwordHash, Instant dateJoined) {
		this.username = username.strip();
		this.email = normalizeEmail(email);
		this.fullName = fullName.strip();
		this.passwordHash = passwordHash;
		this.dateJoined = storable(dateJoined);
	}

	// Like Django's normalize_email: the domain is case-insensitive everywhere, so it is
	// stored in lower case; the local part is left as typed.
	public static String normalizeEmail(String email) {
		String stripped = email.strip();
		int at = stripped.lastIndexOf('@');
		return (at < 0) ? stripped
				: stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	public void joinGroup(UserGroup group) {
		this.groups.add(group);
	}

	public void leaveGroup(UserGroup group) {
		this.groups.remove(group);
	}

	public void grant(Permission permission) {
		this.permissions.add(permission);
	}

	void revoke(Permission permission) {
		this.permissions.remove(permission);
	}

	public void changeFullName(String fullName) {
		this.fullName = fullName.strip();
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void makeStaff() {
		this.staff = true;
	}

	public void changeEmail(String email) {
		this.email = normalizeEmail(email);
	}

	public void setStaff(boolean staff) {
		this.staff = staff;
	}

	// The admin's group field: exactly these groups afterwards.
	public void replaceGroups(Set<UserGroup> groups) {
		this.groups.retainAll(groups);
		this.groups.addAll(groups);
	}

	public void makeSuperuser() {
		this.superuser = true;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public void recordLogin(Instant at) {
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
	public SortedSet<String> effectivePermissions(Supplier<? extends Set<String>> everyPermission) {
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

	public String getUsername() {
		return this.username;
	}

	public String getEmail() {
		return this.email;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isStaff() {
		return this.staff;
	}

	public boolean isSuperuser() {
		return this.superuser;
	}

	public Instant getLastLogin() {
		return this.lastLogin;
	}

	public Instant getDateJoined() {
		return this.dateJoined;
	}

	public Set<UserGroup> getGroups() {
		return Collections.unmodifiableSet(this.groups);
	}

	Set<Permission> getPermissions() {
		return Collections.unmodifiableSet(this.permissions);
	}

}
