package dev.stockroom.stock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;

/** A warehouse as a client sends it. */
@Schema(example = """
		{"code": "MAIN", "name": "Main warehouse", "address": "Industrivägen 4, Uppsala", "active": true,
		"version": 0}
		""")
public record WarehouseRequest(
		@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+",
				message = "may contain letters, digits, _ and - only") String code,
		@NotBlank @Size(max = 100) String name, @Size(max = 500) String address, Boolean active,
		@NotNull(groups = OnUpdate.class, message = "is required: send the version you read") Long version) {
}
