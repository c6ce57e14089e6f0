package dev.stockroom.identity.user;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.identity.BuiltInRole;
import dev.stockroom.platform.command.CommandRunner;

/**
 * The dev profile's demo users, one per role, made at start-up when missing:
 * {@code admin} (superuser and staff), {@code manager} (staff), {@code clerk} and
 * {@code viewer}, all with the configured password. The prod profile never has them.
 *
 * <p>
 * Cheap when they exist (one query, no hashing) and safe when several instances (or test
 * contexts) start at once on one database: each user is made in a transaction of its own,
 * and one that another instance made first is simply skipped. An existing demo user is
 * never changed, so a changed password setting applies to new databases only.
 */
@Component
@Profile("dev")
class DemoUsers implements SmartInitializingSingleton {

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "Ada Admin", BuiltInRole.ADMIN, true, true),
			new DemoUser("manager", "Max Manager", BuiltInRole.MANAGER, true, false),
			new DemoUser("clerk", "Cleo Clerk", BuiltInRole.CLERK, false, false),
			new DemoUser("viewer", "Vic Viewer", BuiltInRole.VIEWER, false, false));

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final UserRepository users;

	private final UserGroupRepository groups;

	private final UserProfileRepository profiles;

	private final PasswordEncoder passwordEncoder;

	private final DemoUsersProperties properties;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final ApplicationArguments arguments;

	DemoUsers(UserRepository users, UserGroupRepository groups, UserProfileRepository profiles,
			PasswordEncoder passwordEncoder, DemoUsersProperties properties, PlatformTransactionManager transactions,
			Clock clock, ApplicationArguments arguments) {
		this.users = users;
		this.groups = groups;
		this.profiles = profiles;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.arguments = arguments;
	}

	// Before the web server opens its port, like the demo data: no request meets a
	// half-made set of users. Not for a command: check-deploy or check-ledger run against
	// a real database must not leave demo users behind in it.
	@Override
	public void afterSingletonsInstantiated() {
		if (CommandRunner.isCommand(this.arguments.getSourceArgs())) {
			return;
		}
		createMissing();
	}

	/**
	 * @return how many demo users were made (0 when all exist)
	 */
	int createMissing() {
		return createMissing(USERS);
	}

	int createMissing(List<DemoUser> demoUsers) {
		Set<String> existing = new HashSet<>(this.users.findExistingUsernames(
				demoUsers.stream().map((user) -> user.username().toLowerCase(Locale.ROOT)).toList()));
		int created = 0;
		for (DemoUser demoUser : demoUsers) {
			if (!existing.contains(demoUser.username().toLowerCase(Locale.ROOT)) && create(demoUser)) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demo user(s) with the configured demo password", created);
		}
		return created;
	}

	private boolean create(DemoUser demoUser) {
		// Hashed outside the transaction: bcrypt takes a while and needs no connection.
		String hash = this.passwordEncoder.encode(this.properties.password());
		try {
			this.newTransaction.executeWithoutResult((status) -> {
				User user = new User(demoUser.username(), demoUser.username() + "@stockroom.example",
						demoUser.fullName(), hash, Instant.now(this.clock));
				user.joinGroup(this.groups.getBuiltIn(demoUser.role()));
				if (demoUser.staff()) {
					user.makeStaff();
				}
				if (demoUser.superuser()) {
					user.makeSuperuser();
				}
				this.profiles.save(new UserProfile(this.users.saveAndFlush(user)));
			});
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			log.debug("Demo user {} was created by another instance meanwhile", demoUser.username());
			return false;
		}
	}

	/**
	 * One demo user.
	 *
	 * @param username the username; the email is {@code <username>@stockroom.example}
	 * @param fullName the full name
	 * @param role the built-in role whose group the user joins
	 * @param staff whether the user may use the admin site
	 * @param superuser whether the user holds every permission
	 */
	record DemoUser(String username, String fullName, BuiltInRole role, boolean staff, boolean superuser) {
	}

}
