package dev.stockroom.identity.user;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.identity.BuiltInRole;
import dev.stockroom.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identity mappings and queries against the real schema. */
@RepositoryTest
class IdentityRepositoryTests {

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	UserRepository users;

	@Autowired
	UserGroupRepository groups;

	@Autowired
	PermissionRepository permissions;

	@Autowired
	UserProfileRepository profiles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void profileSharesTheUsersPrimaryKey() {
		User user = user("pat");
		UserProfile profile = new UserProfile(user);
		profile.update(" +44 113 496 0000 ", "Buyer", null, "Europe/London", false);
		this.profiles.save(profile);
		this.entityManager.flush();
		this.entityManager.clear();

		UserProfile reloaded = this.profiles.findById(user.getId()).orElseThrow();

		assertThat(reloaded.getUserId()).isEqualTo(user.getId());
		assertThat(reloaded.getUser().getUsername()).isEqualTo(user.getUsername());
		assertThat(reloaded.getPhone()).isEqualTo("+44 113 496 0000");
		assertThat(reloaded.getJobTitle()).isEqualTo("Buyer");
		assertThat(reloaded.getTimeZone()).isEqualTo("Europe/London");
	}

	@Test
	void deletingAWarehouseOnlyClearsTheProfilesDefault() {
		long warehouseId = this.jdbc.sql("""
				INSERT INTO warehouses (id, code, name, created_at, updated_at)
				VALUES (nextval('stockroom_id_seq'), :code, 'Profile test', now(), now()) RETURNING id
				""").param("code", "P" + unique()).query(Long.class).single();
		User user = user("wh");
		UserProfile profile = new UserProfile(user);
		profile.update(null, null, warehouseId, null, false);
		this.profiles.save(profile);
		this.entityManager.flush();

		this.jdbc.sql("DELETE FROM warehouses WHERE id = ?").param(warehouseId).update();
		this.entityManager.clear();

		UserProfile reloaded = this.profiles.findById(user.getId()).orElseThrow();
		assertThat(reloaded.getDefaultWarehouseId()).isNull();
	}

	@Test
	void groupsAndDirectPermissionsAreStoredInTheirJoinTables() {
		User user = user("gp");
		user.joinGroup(this.groups.getBuiltIn(BuiltInRole.CLERK));
		user.grant(this.permissions.findByCode("stock.adjust").orElseThrow());
		this.entityManager.flush();
		this.entityManager.clear();

		User reloaded = this.users.findById(user.getId()).orElseThrow();

		assertThat(reloaded.getGroups()).extracting(UserGroup::getName).containsExactly("CLERK");
		assertThat(reloaded.getPermissions()).extracting(Permission::getCode).containsExactly("stock.adjust");
		assertThat(reloaded.effectivePermissions(() -> java.util.Set.of())).contains("stock.adjust", "stock.issue",
				"product.view");
		assertThat(count("user_groups", user)).isEqualTo(1);
		assertThat(count("user_permissions", user)).isEqualTo(1);
	}

	@Test
	void builtInGroupsCarryTheirPermissions() {
		UserGroup viewer = this.groups.findByName("viewer").orElseThrow();

		assertThat(viewer.getPermissions()).extracting(Permission::getCode)
			.containsExactlyInAnyOrder("product.view", "category.view", "supplier.view", "warehouse.view",
					"purchase_order.view", "sales_order.view");
	}

	@Test
	void findsAUserByUsernameIgnoringCase() {
		User user = user("Case");

		assertThat(this.users.findByUsername(user.getUsername().toUpperCase())).contains(user);
		assertThat(this.users.usernameTaken(user.getUsername().toLowerCase())).isTrue();
		assertThat(this.users.emailTaken(user.getEmail().toUpperCase())).isTrue();
	}

	@Test
	void databaseRefusesTheSameUsernameOrEmailInAnotherCase() {
		User first = user("dup");

		assertThatThrownBy(() -> this.users.saveAndFlush(new User(first.getUsername().toUpperCase(),
				"other-" + first.getEmail(), "Other", "{bcrypt}x", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("users_username_key");
	}

	@Test
	void databaseRefusesAnEmailInAnotherCase() {
		User first = user("mail");

		assertThatThrownBy(() -> this.users.saveAndFlush(
				new User("other-" + unique(), first.getEmail().toUpperCase(), "Other", "{bcrypt}x", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("users_email_key");
	}

	@Test
	void databaseRefusesAPasswordWithoutAnAlgorithmPrefix() {
		assertThatThrownBy(() -> this.users.saveAndFlush(new User("raw-" + unique(), "raw-" + unique() + "@example.com",
				"Raw", "hunter2hunter2", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("password_hash");
	}

	@Test
	void databaseRefusesAUsernameOutsideTheAllowedCharacters() {
		assertThatThrownBy(() -> this.users.saveAndFlush(
				new User("bad name " + unique(), unique() + "@example.com", "Bad", "{bcrypt}x", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private long count(String table, User user) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = ?")
			.param(user.getId())
			.query(Long.class)
			.single();
	}

	private User user(String prefix) {
		String name = prefix + "-" + unique();
		return this.users
			.saveAndFlush(new User(name, name + "@Example.COM", "Test " + name, "{bcrypt}x", Instant.now()));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
