package dev.stockroom.identity.apitoken;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/v1/account/tokens}. The service checks the name (1 to 100
 * characters, unique among the user's tokens) and that the expiry lies ahead.
 *
 * @param name what to call the token, e.g. {@code nightly export}
 * @param expiresAt when it stops working; absent for never
 */
@Schema(example = """
		{"name": "Nightly stock export", "expiresAt": "2027-06-30T00:00:00Z"}
		""")
record CreateApiTokenRequest(@NotNull String name, Instant expiresAt) {
}
