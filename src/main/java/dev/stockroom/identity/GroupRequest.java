package dev.stockroom.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;

/**
 * A group as the admin's form sends it.
 *
 * @param name the name, unique ignoring case
 * @param description what the group is for
 * @param permissions the permission codes the group holds afterwards
 * @param version the version read (required to change a group)
 */
public record GroupRequest(@NotBlank @Size(max = 150) String name, @Size(max = 500) String description,
		Set<String> permissions,
		@NotNull(groups = OnUpdate.class, message = "is required: send the version you read") Long version) {
}
