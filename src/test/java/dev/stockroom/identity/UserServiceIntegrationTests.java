package dev.stockroom.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.identity.user.AccountProfile;
import dev.stockroom.identity.user.PermissionRepository;
import dev.stockroom.identity.user.ProfileUpdate;
import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserGroupRepository;
import dev.stockroom.identity.user.UserNotFoundException;
import dev.stockroom.identity.user.UserProfileRepository;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.platform.access.PermissionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class UserServiceIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	UserService service;

	@Autowired
	UserRepository users;

	@Autowired
	UserGroupRepository groups;

	@Autowired
	PermissionRepository permissions;

	@Autowired
	UserProfileRepository profiles;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registrationJoinsViewerWithAProfileAndPublishesUserRegistered(@Autowired ApplicationEvents events) {
		String name = unique("reg");

		UserAccount account = this.service.register(
				new RegistrationRequest(" " + name + " ", name + "@Example.COM", "  Reggie Registrant ", PASSWORD));

		assertThat(account.username()).isEqualTo(name);
		assertThat(account.email()).isEqualTo(name + "@example.com");
		assertThat(account.fullName()).isEqualTo("Reggie Registrant");
		assertThat(account.groups()).containsExactly("VIEWER");
		assertThat(account.active()).isTrue();
		assertThat(account.staff()).isFalse();
		assertThat(account.superuser()).isFalse();
		assertThat(account.dateJoined()).isNotNull();
		assertThat(this.profiles.existsById(account.id())).isTrue();
		assertThat(events.stream(UserRegistered.class))
			.containsExactly(new UserRegistered(account.id(), name, name + "@example.com"));
	}

	@Test
	void storesABcryptHashAndNeverThePassword() {
		UserAccount account = register(unique("hash"), PASSWORD);

		String stored = passwordHash(account.id());
		assertThat(stored).startsWith("{bcrypt}$2a$").doesNotContain(PASSWORD);
		assertThat(this.passwordEncoder.matches(PASSWORD, stored)).isTrue();
		assertThat(this.jdbc.sql("SELECT count(*) FROM users WHERE row_to_json(users)::text LIKE :password")
			.param("password", "%" + PASSWORD + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void acceptsAOneHundredTwentyEightCharacterPassphrase() {
		String passphrase = "plum kettle orbit fog ".repeat(6).substring(0, 128);
		UserAccount account = register(unique("long"), passphrase);

		assertThat(this.passwordEncoder.matches(passphrase, passwordHash(account.id()))).isTrue();
	}

	@Test
	void refusesATakenUsernameInAnyCase() {
		String name = unique("Dup");
		register(name, PASSWORD);

		assertThatThrownBy(() -> this.service
			.register(new RegistrationRequest(name.toLowerCase(), unique("x") + "@example.com", "Copy", PASSWORD)))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.getProblemType()).isEqualTo("duplicate-username"));
	}

	@Test
	void refusesATakenEmailInAnyCase() {
		String name = unique("mail");
		register(name, PASSWORD);

		assertThatThrownBy(() -> this.service
			.register(new RegistrationRequest(unique("other"), name.toUpperCase() + "@EXAMPLE.COM", "Copy", PASSWORD)))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.getProblemType()).isEqualTo("duplicate-email"));
	}

	@Test
	void refusesCommonShortAndLongPasswordsNamingTheField() {
		assertPasswordRefused("PasswordPassword", "This password is too common");
		assertPasswordRefused("short-one", "Use at least 12 characters");
		assertPasswordRefused("x".repeat(129), "Use at most 128 characters");
	}

	@Test
	void refusesFieldsThatBreakTheirConstraints() {
		assertThatThrownBy(() -> this.service
			.register(new RegistrationRequest("no spaces allowed", "not-an-email", " ", PASSWORD)))
			.isInstanceOfSatisfying(ConstraintViolationException.class,
					(ex) -> assertThat(ex.getConstraintViolations())
						.extracting((violation) -> violation.getPropertyPath().toString())
						.containsExactlyInAnyOrder("register.request.username", "register.request.email",
								"register.request.fullName"));
	}

	@Test
	void updateProfileRefusesFieldsThatBreakTheirConstraintsAndSavesNothing() {
		UserAccount account = register(unique("profile"), PASSWORD);

		assertThatThrownBy(() -> this.service.updateProfile(account.id(),
				new ProfileUpdate(" ", "x".repeat(41), "t".repeat(101), 0L, "Mars/Olympus_Mons", false)))
			.isInstanceOfSatisfying(ConstraintViolationException.class,
					(ex) -> assertThat(ex.getConstraintViolations())
						.extracting((violation) -> violation.getPropertyPath().toString())
						.containsExactlyInAnyOrder("updateProfile.update.fullName", "updateProfile.update.phone",
								"updateProfile.update.phone", "updateProfile.update.jobTitle",
								"updateProfile.update.defaultWarehouseId", "updateProfile.update.timeZone"));
		assertThat(this.service.profile(account.id()).fullName()).isEqualTo(account.fullName());
	}

	@Test
	void updateProfileStoresBlankOptionalFieldsAsAbsent() {
		UserAccount account = register(unique("blank"), PASSWORD);

		AccountProfile saved = this.service.updateProfile(account.id(),
				new ProfileUpdate("  New Name ", " ", "", null, " ", false));

		assertThat(saved.fullName()).isEqualTo("New Name");
		assertThat(this.service.profile(account.id())).isEqualTo(
				new AccountProfile(account.username(), account.email(), "New Name", null, null, null, null, false));
	}

	@Test
	void eachBuiltInRoleHasExactlyThePermissionsOfTheTable() {
		Set<String> views = Set.of("product.view", "category.view", "supplier.view", "warehouse.view",
				"purchase_order.view", "sales_order.view");
		Set<String> writes = Set.of("product.add", "product.change", "product.delete", "category.add",
				"category.change", "category.delete", "supplier.add", "supplier.change", "supplier.delete",
				"warehouse.add", "warehouse.change", "warehouse.delete");
		Set<String> userAdmin = Set.of("user.add", "user.change", "user.delete");
		Set<String> clerkStock = Set.of("stock.receive", "stock.issue", "stock.transfer", "stock.count");
		Set<String> identityAdmin = Set.of("group.view", "group.add", "group.change", "group.delete", "api_token.view",
				"api_token.delete");

		// Deleting a job erases its record and error: only ADMIN may (V17).
		Set<String> jobs = Set.of("job.view", "job.change");
		// Managers run purchase orders, clerks receive against them (V20).
		Set<String> purchasing = Set.of("purchase_order.add", "purchase_order.change", "purchase_order.delete");
		Set<String> receiving = Set.of("purchase_order.receive");
		// Managers create, confirm and cancel sales orders, clerks ship them (V22).
		Set<String> selling = Set.of("sales_order.add", "sales_order.change", "sales_order.delete");
		Set<String> shipping = Set.of("sales_order.ship");

		assertThat(permissionsWithRole(BuiltInRole.ADMIN))
			.isEqualTo(union(views, Set.of("user.view"), writes, userAdmin, identityAdmin, clerkStock,
					Set.of("stock.adjust"), jobs, Set.of("job.delete"), purchasing, receiving, selling, shipping));
		assertThat(permissionsWithRole(BuiltInRole.MANAGER)).isEqualTo(union(views, Set.of("user.view"), writes,
				clerkStock, Set.of("stock.adjust"), jobs, purchasing, receiving, selling, shipping));
		assertThat(permissionsWithRole(BuiltInRole.CLERK)).isEqualTo(union(views, clerkStock, receiving, shipping));
		assertThat(permissionsWithRole(BuiltInRole.VIEWER)).isEqualTo(views);
	}

	@Test
	void directPermissionsAddToTheGroupsOnes() {
		UserAccount account = register(unique("direct"), PASSWORD);
		change(account, (user) -> user.grant(this.permissions.findByCode("stock.adjust").orElseThrow()));

		assertThat(this.service.permissionsOf(account.username())).containsExactly("category.view", "product.view",
				"purchase_order.view", "sales_order.view", "stock.adjust", "supplier.view", "warehouse.view");
	}

	@Test
	void aSuperuserHasEveryPermissionWhateverItsGroups() {
		UserAccount account = register(unique("super"), PASSWORD);
		change(account, User::makeSuperuser);

		assertThat(this.service.permissionsOf(account.username())).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(PermissionCode.values()).map(PermissionCode::code).toList());
	}

	@Test
	void anInactiveUserHasNoPermissionsEvenAsSuperuser() {
		UserAccount account = register(unique("gone"), PASSWORD);
		change(account, (user) -> {
			user.makeSuperuser();
			user.deactivate();
		});

		assertThat(this.service.permissionsOf(account.username())).isEmpty();
	}

	@Test
	void anUnknownUserHasNoPermissions() {
		assertThat(this.service.permissionsOf(unique("nobody"))).isEmpty();
		assertThat(this.service.findByUsername(unique("nobody"))).isEmpty();
	}

	@Test
	void findsAUserByUsernameInAnyCase() {
		UserAccount account = register(unique("Find"), PASSWORD);

		assertThat(this.service.findByUsername(account.username().toUpperCase())).contains(account);
	}

	@Test
	void changesThePasswordOnceTheCurrentOneIsConfirmed() {
		UserAccount account = register(unique("pw"), PASSWORD);
		String before = passwordHash(account.id());

		assertThatThrownBy(() -> this.service.changePassword(account.id(), "not the password", "brand new passphrase"))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("currentPassword"));
		assertThatThrownBy(() -> this.service.changePassword(account.id(), PASSWORD, "qwertyuiopasdfgh"))
			.isInstanceOfSatisfying(InvalidFieldException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("newPassword");
				assertThat(ex.getMessages()).containsExactly("This password is too common");
			});
		assertThat(passwordHash(account.id())).isEqualTo(before);

		this.service.changePassword(account.id(), PASSWORD, "brand new passphrase");

		String after = passwordHash(account.id());
		assertThat(this.passwordEncoder.matches("brand new passphrase", after)).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, after)).isFalse();
	}

	@Test
	void changingThePasswordOfAnUnknownUserIsNotFound() {
		assertThatThrownBy(() -> this.service.changePassword(-1, PASSWORD, "brand new passphrase"))
			.isInstanceOf(UserNotFoundException.class);
	}

	private void assertPasswordRefused(String password, String message) {
		assertThatThrownBy(() -> register(unique("weak"), password)).isInstanceOfSatisfying(InvalidFieldException.class,
				(ex) -> {
					assertThat(ex.getField()).isEqualTo("password");
					assertThat(ex.getMessages()).contains(message);
				});
	}

	private Set<String> permissionsWithRole(BuiltInRole role) {
		UserAccount account = register(unique(role.name().toLowerCase()), PASSWORD);
		change(account, (user) -> {
			user.leaveGroup(this.groups.getBuiltIn(BuiltInRole.VIEWER));
			user.joinGroup(this.groups.getBuiltIn(role));
		});
		return this.service.permissionsOf(account.username());
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toSet());
	}

	private void change(UserAccount account, java.util.function.Consumer<User> change) {
		this.transactions
			.executeWithoutResult((status) -> change.accept(this.users.findById(account.id()).orElseThrow()));
	}

	private UserAccount register(String username, String password) {
		return this.service
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, password));
	}

	private String passwordHash(long userId) {
		return this.jdbc.sql("SELECT password_hash FROM users WHERE id = ?").param(userId).query(String.class).single();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
