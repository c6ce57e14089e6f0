package dev.stockroom.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.annotation.Validated;

import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.password.InvalidCredentialsException;
import dev.stockroom.identity.password.LoginThrottle;
import dev.stockroom.identity.password.PasswordPolicy;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.user.AccountProfile;
import dev.stockroom.identity.user.PermissionRepository;
import dev.stockroom.identity.user.ProfileUpdate;
import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserGroupRepository;
import dev.stockroom.identity.user.UserNotFoundException;
import dev.stockroom.identity.user.UserProfile;
import dev.stockroom.identity.user.UserProfileRepository;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * Use cases on users: registration, password changes, and what a user may do. Method
 * arguments are validated here ({@link Validated}) as well as by any controller, so every
 * caller meets the same rules; a broken rule is a 400 that names the field.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UserService {

	private final UserRepository users;

	private final UserGroupRepository groups;

	private final PermissionRepository permissions;

	private final UserProfileRepository profiles;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final LoginThrottle loginThrottle;

	private final RefreshTokens refreshTokens;

	private final ApiTokenService apiTokens;

	private final List<KnownWarehouses> warehouses;

	private final Clock clock;

	// Checked against when the username is unknown, so that a wrong username costs one
	// hash like a wrong password (no timing oracle for which usernames exist). A
	// password longer than bcrypt's 72 bytes makes it a bcrypt-sha256 hash, which costs
	// one bcrypt whatever the length of the password tried.
	private final SingletonSupplier<String> unknownUserHash;

	UserService(UserRepository users, UserGroupRepository groups, PermissionRepository permissions,
			UserProfileRepository profiles, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, LoginThrottle loginThrottle, RefreshTokens refreshTokens,
			ApiTokenService apiTokens, Clock clock, List<KnownWarehouses> warehouses) {
		this.users = users;
		this.warehouses = warehouses;
		this.groups = groups;
		this.permissions = permissions;
		this.profiles = profiles;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.loginThrottle = loginThrottle;
		this.refreshTokens = refreshTokens;
		this.apiTokens = apiTokens;
		this.clock = clock;
		this.unknownUserHash = SingletonSupplier
			.of(() -> passwordEncoder.encode("no user has this password ".repeat(4)));
	}

	/**
	 * Registers a new user, who joins the {@link BuiltInRole#VIEWER} group and gets an
	 * empty profile, and publishes {@link UserRegistered}.
	 * @param request who registers
	 * @return the new user
	 * @throws InvalidFieldException when the password breaks the policy (field
	 * {@code password})
	 * @throws ConflictException when the username or email is taken, ignoring case
	 */
	@Transactional
	public UserAccount register(@Valid RegistrationRequest request) {
		User user = newUser(request);
		user.joinGroup(this.groups.getBuiltIn(BuiltInRole.VIEWER));
		User saved = saveNew(user);
		this.profiles.save(new UserProfile(saved));
		this.events.publishEvent(new UserRegistered(saved.getId(), saved.getUsername(), saved.getEmail()));
		return UserAccount.of(saved);
	}

	/**
	 * Makes a superuser (Django's {@code createsuperuser}): active, staff and holding
	 * every permission, in no group, with an empty profile. The way into a new production
	 * database, where nobody can sign in yet; no welcome mail, since whoever runs the
	 * command knows.
	 * @param request who; the password meets the policy like any other
	 * @return the new user
	 * @throws InvalidFieldException when the password breaks the policy (field
	 * {@code password})
	 * @throws ConflictException when the username or email is taken, ignoring case
	 */
	@Transactional
	public UserAccount createSuperuser(@Valid RegistrationRequest request) {
		User user = newUser(request);
		user.makeStaff();
		user.makeSuperuser();
		User saved = saveNew(user);
		this.profiles.save(new UserProfile(saved));
		return UserAccount.of(saved);
	}

	private User newUser(RegistrationRequest request) {
		List<String> problems = this.passwordPolicy.check(request.password(), request.username(), request.email());
		if (!problems.isEmpty()) {
			throw new InvalidFieldException("password", problems);
		}
		if (this.users.usernameTaken(request.username())) {
			throw duplicateUsername(request.username());
		}
		if (this.users.emailTaken(User.normalizeEmail(request.email()))) {
			throw duplicateEmail();
		}
		return new User(request.username(), request.email(), request.fullName(),
				this.passwordEncoder.encode(request.password()), Instant.now(this.clock));
	}

	/**
	 * Replaces a user's password once the current one is confirmed, and signs the user's
	 * API clients out ({@link RefreshTokens#revokeAllOf}) in the same transaction: a
	 * password is changed because someone else may know it, and whatever signed in with
	 * it must not outlive it. The user's other page sessions end too
	 * ({@link PasswordChanged}); the caller keeps its own.
	 * @param userId whose password
	 * @param currentPassword the password the user has now
	 * @param newPassword the password they want
	 * @throws InvalidFieldException when the current password is wrong (field
	 * {@code currentPassword}) or the new one breaks the policy (field
	 * {@code newPassword})
	 */
	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword) {
		User user = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new InvalidFieldException("currentPassword", "The current password is not correct");
		}
		List<String> problems = this.passwordPolicy.check(newPassword, user.getUsername(), user.getEmail());
		if (!problems.isEmpty()) {
			throw new InvalidFieldException("newPassword", problems);
		}
		user.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.refreshTokens.revokeAllOf(userId);
		this.events.publishEvent(new PasswordChanged(userId, user.getUsername()));
	}

	/**
	 * Sets a user's password without the current one (Django's {@code changepassword}
	 * command, for an operator), and signs out what signed in with the old one, as
	 * {@link #changePassword} does, all the user's page sessions included. An operator
	 * sets a password when it is lost or may be known to someone else, so this is a reset
	 * ({@link PasswordResets#reset}), not a change: the user's personal API tokens are
	 * revoked and the sign-in failures counted against the name are forgotten.
	 * @param username whose password, in any case
	 * @param newPassword the new password
	 * @throws UserNotFoundException when there is no such user
	 * @throws InvalidFieldException when the password breaks the policy (field
	 * {@code password})
	 */
	@Transactional
	public void setPassword(String username, String newPassword) {
		User user = this.users.findByUsername(username).orElseThrow(() -> new UserNotFoundException(username));
		List<String> problems = this.passwordPolicy.check(newPassword, user.getUsername(), user.getEmail());
		if (!problems.isEmpty()) {
			throw new InvalidFieldException("password", problems);
		}
		user.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.refreshTokens.revokeAllOf(user.getId());
		this.apiTokens.revokeAllOf(user.getId());
		this.loginThrottle.clearAll(user.getUsername());
		this.events.publishEvent(new PasswordChanged(user.getId(), user.getUsername()));
	}

	/**
	 * @param userId whose account
	 * @return the user's account and profile; an empty profile for a user who has none
	 * yet
	 * @throws UserNotFoundException when there is no such user
	 */
	public AccountProfile profile(long userId) {
		User user = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		return AccountProfile.of(user, this.profiles.findById(userId).orElseGet(() -> new UserProfile(user)));
	}

	/**
	 * Changes what a user tells about themselves: the full name and the profile, made
	 * when the user has none yet (users created before profiles were).
	 * @param userId whose account
	 * @param update the new values
	 * @return the account as saved
	 * @throws UserNotFoundException when there is no such user
	 * @throws InvalidFieldException when no warehouse has the default warehouse's id
	 * (field {@code defaultWarehouseId})
	 */
	@Transactional
	public AccountProfile updateProfile(long userId, @Valid ProfileUpdate update) {
		User user = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		UserProfile profile = this.profiles.findById(userId).orElseGet(() -> new UserProfile(user));
		user.changeFullName(update.fullName());
		Long warehouse = update.defaultWarehouseId();
		if (warehouse != null && !this.warehouses.stream().allMatch((known) -> known.exists(warehouse))) {
			throw new InvalidFieldException("defaultWarehouseId", "No warehouse has this id");
		}
		profile.update(update.phone(), update.jobTitle(), update.defaultWarehouseId(), update.timeZone(),
				update.reorderDigest());
		// The stock module answered above (KnownWarehouses); the foreign key still
		// answers at the flush should the warehouse go meanwhile, or where no module
		// answers (identity's module tests).
		try {
			this.profiles.saveAndFlush(profile);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("default_warehouse_id")) {
				throw new InvalidFieldException("defaultWarehouseId", "No warehouse has this id");
			}
			throw ex;
		}
		return AccountProfile.of(user, profile);
	}

	/**
	 * Signs a user in with a password (for the API's token endpoint and the login page)
	 * and records the login time. Failed passwords count towards {@link LoginThrottle}'s
	 * limit for the username, known or not, from the client's address; a successful
	 * sign-in clears that address's.
	 * @param username the username, in any case
	 * @param password the password
	 * @param clientAddress where the attempt comes from
	 * ({@link jakarta.servlet.http.HttpServletRequest#getRemoteAddr()})
	 * @return the user
	 * @throws LoginThrottledException when the username had too many failed sign-ins from
	 * this address recently; the password is not even checked
	 * @throws InvalidCredentialsException the same way, and after about the same time,
	 * whether the username is unknown, the password wrong or the account inactive
	 */
	// The recorded failure must outlive the exception that reports it.
	@Transactional(noRollbackFor = InvalidCredentialsException.class)
	public UserAccount authenticate(String username, String password, String clientAddress) {
		// No account has an empty username, so there is nothing to protect, and the
		// check constraint on users would refuse one anyway.
		boolean named = username != null && !username.isBlank();
		if (named) {
			this.loginThrottle.check(username, clientAddress);
		}
		Optional<User> found = named ? this.users.findByUsername(username) : Optional.empty();
		String hash = found.map(User::getPasswordHash).orElseGet(this.unknownUserHash);
		boolean matches = this.passwordEncoder.matches((password != null) ? password : "", hash);
		if (found.isEmpty() || !matches) {
			if (named) {
				this.loginThrottle.recordFailure(username, clientAddress);
			}
			throw new InvalidCredentialsException();
		}
		User user = found.get();
		// The right password for an inactive account is no guess: not counted.
		if (!user.isActive()) {
			throw new InvalidCredentialsException();
		}
		this.loginThrottle.clear(username, clientAddress);
		user.recordLogin(Instant.now(this.clock));
		return UserAccount.of(user);
	}

	/**
	 * What a user may do: the permissions of the user's groups and the direct ones; every
	 * permission for a superuser; none for an inactive or unknown user.
	 * @param username the username, in any case
	 * @return permission codes such as {@code product.view}, sorted
	 */
	public Set<String> permissionsOf(String username) {
		return this.users.findByUsername(username)
			.<Set<String>>map((user) -> user.effectivePermissions(() -> new HashSet<>(this.permissions.findAllCodes())))
			.orElse(Set.of());
	}

	/**
	 * Who a request signs in as, once its credentials are checked: read from the
	 * database, not from the token, so that a deactivated user or a withdrawn permission
	 * takes effect at once rather than when a token expires. Requests ask
	 * {@link dev.stockroom.identity.cache.IdentityCache} first, which keeps the answer
	 * until such a change commits.
	 * @param username the username, in any case
	 * @return the user with their permissions, or empty when the user is unknown or
	 * inactive
	 */
	public Optional<SignedInUser> signedInUser(String username) {
		return this.users.findByUsername(username)
			.filter(User::isActive)
			.map((user) -> new SignedInUser(user.getId(), user.getUsername(), user.isStaff(), user.isSuperuser(),
					user.effectivePermissions(() -> new HashSet<>(this.permissions.findAllCodes()))));
	}

	/**
	 * The users to send the daily reorder digest to: active, opted in on their profile,
	 * and allowed to see what it tells.
	 * @param permission the permission a recipient must hold, e.g. {@code warehouse.view}
	 * (a superuser holds every one)
	 * @return them, by id
	 */
	public List<UserContact> reorderDigestRecipients(String permission) {
		return this.profiles.findReorderDigestSubscribers()
			.stream()
			.filter((profile) -> profile.userHolds(permission, () -> new HashSet<>(this.permissions.findAllCodes())))
			.map(UserProfile::contact)
			.toList();
	}

	/**
	 * @return the active superusers, by id: whom operational alarms (ledger drift) go to
	 */
	public List<UserContact> activeSuperusers() {
		return this.users.findActiveSuperuserContacts();
	}

	/**
	 * @param username the username, in any case
	 * @return the user, if there is one
	 */
	public Optional<UserAccount> findByUsername(String username) {
		return this.users.findByUsername(username).map(UserAccount::of);
	}

	/**
	 * @param userId the user's id
	 * @return the user's username, if there is such a user: the name a STOMP session of
	 * theirs goes by, for messages to that user (the live module)
	 */
	public Optional<String> usernameOf(long userId) {
		return this.users.findById(userId).map(User::getUsername);
	}

	// The checks above answer the usual case with a clear message; two registrations
	// racing for one name both pass them, and the unique index stops the second.
	private User saveNew(User user) {
		try {
			return this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			String cause = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (cause.contains("users_email_key")) {
				throw duplicateEmail();
			}
			if (cause.contains("users_username_key")) {
				throw duplicateUsername(user.getUsername());
			}
			throw ex;
		}
	}

	private static ConflictException duplicateUsername(String username) {
		return new ConflictException("duplicate-username", "The username '" + username + "' is taken");
	}

	private static ConflictException duplicateEmail() {
		return new ConflictException("duplicate-email", "An account with this email address already exists");
	}

}
