package dev.stockroom.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;

/** A supplier as a client sends it. */
@Schema(example = """
		{"name": "Nordic Fasteners AB", "email": "orders@nordic-fasteners.example", "phone": "+46 8 123 45 67",
		"website": "https://nordic-fasteners.example", "active": true, "version": 0}
		""")
public record SupplierRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 254) String email,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()./-]*",
				message = "may contain digits, spaces and + ( ) . / - only") String phone,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+",
				message = "must be an http or https address") String website,
		Boolean active,
		@NotNull(groups = OnUpdate.class, message = "is required: send the version you read") Long version) {
}
