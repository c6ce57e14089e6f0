package dev.stockroom.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;

/**
 * A category as a client sends it; {@code parentId} null makes it a top-level category.
 */
@Schema(example = """
		{"name": "Fasteners", "description": "Bolts, nuts, screws and washers", "parentId": null, "version": 0}
		""")
public record CategoryRequest(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description,
		Long parentId,
		@NotNull(groups = OnUpdate.class, message = "is required: send the version you read") Long version) {
}
