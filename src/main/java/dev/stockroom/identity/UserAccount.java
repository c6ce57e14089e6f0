package dev.stockroom.identity;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.stockroom.identity.user.User;
import dev.stockroom.identity.user.UserGroup;

/**
 * A user as other modules and pages see one: never the password hash.
 *
 * @param id the user's id
 * @param username the username, as registered
 * @param email the email address
 * @param fullName the full name
 * @param active whether the user may sign in
 * @param staff whether the user may use the admin site
 * @param superuser whether the user holds every permission
 * @param lastLogin when the user last signed in, or {@code null}
 * @param dateJoined when the user registered
 * @param groups the names of the user's groups, sorted
 */
public record UserAccount(long id, String username, String email, String fullName, boolean active, boolean staff,
		boolean superuser, Instant lastLogin, Instant dateJoined, Set<String> groups) {

	static UserAccount of(User user) {
		return new UserAccount(user.getId(), user.getUsername(), user.getEmail(), user.getFullName(), user.isActive(),
				user.isStaff(), user.isSuperuser(), user.getLastLogin(), user.getDateJoined(),
				user.getGroups()
					.stream()
					.map(UserGroup::getName)
					.collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new),
							java.util.Collections::unmodifiableSortedSet)));
	}

}
