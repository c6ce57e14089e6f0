package dev.stockroom.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator may change of someone's account (the admin's user form). Not the
 * username (others' records name users by it), not the password (the user's own, or a
 * reset), not the superuser flag (set from the command line only).
 *
 * @param email the email address
 * @param fullName the full name
 * @param active whether the user may sign in
 * @param staff whether the user may enter the admin site
 * @param groups the names of the groups the user is in afterwards
 * @param version the version the form was read at
 */
public record AccountChange(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 150) String fullName,
		boolean active, boolean staff, Set<String> groups,
		@NotNull(message = "is required: send the version you read") Long version) {
}
