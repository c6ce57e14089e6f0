package dev.stockroom.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import dev.stockroom.identity.apitoken.ApiTokenRepository;
import dev.stockroom.identity.cache.IdentityCache;
import dev.stockroom.identity.user.Permission;
import dev.stockroom.identity.user.PermissionRepository;
import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserGroup;
import dev.stockroom.identity.user.UserGroupRepository;
import dev.stockroom.identity.user.UserNotFoundException;
import dev.stockroom.identity.user.UserRepository;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.ResourceNotFoundException;

/**
 * The use cases of administering other people's accounts, for the admin site: changing a
 * user's account and groups, keeping groups and their permissions, revoking anyone's API
 * token. Who may call them is the admin site's check ({@code user.change},
 * {@code group.*}, {@code api_token.delete}); the rules of the data are kept here.
 */
@Service
@Validated
@Transactional
public class AccountAdministration {

	private final UserRepository users;

	private final UserGroupRepository groups;

	private final PermissionRepository permissions;

	private final ApiTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IdentityCache cache;

	AccountAdministration(UserRepository users, UserGroupRepository groups, PermissionRepository permissions,
			ApiTokenRepository tokens, ApplicationEventPublisher events, Clock clock, IdentityCache cache) {
		this.users = users;
		this.groups = groups;
		this.permissions = permissions;
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
		this.cache = cache;
	}

	/**
	 * Changes a user's account; when that changes what the user may do (active, staff,
	 * groups), publishes {@link UserAccessChanged}, which signs the user out everywhere.
	 * @param userId whose account
	 * @param change the new values
	 * @throws dev.stockroom.platform.StaleVersionException when the account changed since
	 * it was read
	 * @throws ConflictException when the email address belongs to another account
	 * @throws ReferenceNotFoundException when a group does not exist (field
	 * {@code groups})
	 */
	public void changeAccount(long userId, @Valid AccountChange change) {
		User user = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(String.valueOf(userId)));
		user.checkVersion(change.version());
		Access before = Access.of(user);
		String email = User.normalizeEmail(change.email());
		if (!email.equalsIgnoreCase(user.getEmail()) && this.users.emailTaken(email)) {
			throw new ConflictException("duplicate-email", "An account with this email address already exists");
		}
		user.changeEmail(email);
		user.changeFullName(change.fullName());
		if (change.active()) {
			user.activate();
		}
		else {
			user.deactivate();
		}
		user.setStaff(change.staff());
		Set<UserGroup> chosen = new HashSet<>();
		for (String name : (change.groups() != null) ? change.groups() : Set.<String>of()) {
			chosen.add(this.groups.findByName(name)
				.orElseThrow(() -> new ReferenceNotFoundException("groups", "Group", name)));
		}
		user.replaceGroups(chosen);
		if (!Access.of(user).equals(before)) {
			this.events.publishEvent(new UserAccessChanged(userId));
		}
	}

	/**
	 * @param userId a user
	 * @return the names of the user's groups
	 */
	@Transactional(readOnly = true)
	public List<String> groupsOf(long userId) {
		return this.users.findById(userId)
			.map((user) -> user.getGroups().stream().map(UserGroup::getName).sorted().toList())
			.orElse(List.of());
	}

	/**
	 * @return every group's name, by name
	 */
	@Transactional(readOnly = true)
	public Map<String, String> groupNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.groups.findAll().stream().map(UserGroup::getName).sorted().forEach((name) -> names.put(name, name));
		return names;
	}

	/**
	 * @return every permission code with its description, by code
	 */
	public static Map<String, String> permissionChoices() {
		return Arrays.stream(PermissionCode.values())
			.collect(Collectors.toMap(PermissionCode::code, (code) -> code.code() + ": " + code.description(),
					(a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * @param groupId a group
	 * @return the codes of its permissions
	 */
	@Transactional(readOnly = true)
	public List<String> permissionsOfGroup(long groupId) {
		return this.groups.findById(groupId)
			.map((group) -> group.getPermissions().stream().map(Permission::getCode).sorted().toList())
			.orElse(List.of());
	}

	/**
	 * @param id the group to change, or {@code null} to create one
	 * @param request the name, description and permissions
	 * @return the group's id
	 * @throws ConflictException when another group has the name
	 * @throws ReferenceNotFoundException when a permission code does not exist (field
	 * {@code permissions})
	 */
	public long saveGroup(Long id, @Valid GroupRequest request) {
		UserGroup group;
		if (id == null) {
			group = new UserGroup(request.name(), request.description());
		}
		else {
			group = this.groups.findById(id).orElseThrow(() -> new ResourceNotFoundException("Group", id));
			group.checkVersion(request.version());
			if (isBuiltIn(group) && !group.getName().equals(request.name().strip())) {
				throw new ConflictException("group-built-in",
						"Group " + group.getName() + " is a built-in role: it cannot be renamed");
			}
			group.rename(request.name(), request.description());
		}
		this.groups.findByName(request.name().strip()).filter((other) -> !other.equals(group)).ifPresent((other) -> {
			throw new ConflictException("duplicate-group", "A group named " + other.getName() + " already exists");
		});
		group.replacePermissions(permissions((request.permissions() != null) ? request.permissions() : Set.of()));
		/*
		 * The rights of every member change at once. No UserAccessChanged (which signs
		 * the user out everywhere) for each member, but no member may keep the old rights
		 * from a cache either. A new group has no members yet.
		 */
		if (id != null) {
			this.cache.evictAllUsersAfterCommit();
		}
		return this.groups.saveAndFlush(group).getId();
	}

	/**
	 * @param id a group; its members lose its permissions, and {@link UserAccessChanged}
	 * is published for each of them
	 * @throws ConflictException for a built-in role's group
	 */
	public void deleteGroup(long id) {
		UserGroup group = this.groups.findById(id).orElseThrow(() -> new ResourceNotFoundException("Group", id));
		if (isBuiltIn(group)) {
			throw new ConflictException("group-built-in",
					"Group " + group.getName() + " is a built-in role: it cannot be deleted");
		}
		List<Long> members = this.users.findIdsByGroup(group);
		this.groups.delete(group);
		members.forEach((member) -> this.events.publishEvent(new UserAccessChanged(member)));
	}

	/**
	 * Revokes anyone's API token (the owner revokes their own on /account/tokens).
	 * @param tokenIds the tokens; those already revoked stay as they are
	 */
	public void revokeTokens(Collection<Long> tokenIds) {
		Instant now = Instant.now(this.clock);
		this.tokens.findAllById(tokenIds).stream().filter((token) -> !token.isRevoked()).forEach((token) -> {
			token.revoke(now);
			this.cache.evictUserAfterCommit(token.getUserId());
		});
	}

	private Set<Permission> permissions(Set<String> codes) {
		Set<Permission> found = new HashSet<>();
		for (String code : codes) {
			found.add(this.permissions.findByCode(code)
				.orElseThrow(() -> new ReferenceNotFoundException("permissions", "Permission", code)));
		}
		return found;
	}

	// What decides a user's rights, to tell whether a change touched them.
	private record Access(boolean active, boolean staff, boolean superuser, Set<String> groups) {

		static Access of(User user) {
			return new Access(user.isActive(), user.isStaff(), user.isSuperuser(),
					user.getGroups().stream().map(UserGroup::getName).collect(Collectors.toSet()));
		}

	}

	private static boolean isBuiltIn(UserGroup group) {
		return Arrays.stream(BuiltInRole.values()).anyMatch((role) -> role.groupName().equals(group.getName()));
	}

}
