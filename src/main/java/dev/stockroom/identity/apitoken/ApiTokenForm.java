package dev.stockroom.identity.apitoken;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the API tokens page posts to make a token. A page picks a day, not an instant: the
 * token works through that whole day (UTC), so it stops at the start of the next. Whether
 * the day lies ahead and whether the name is free are the service's checks.
 *
 * @param name what to call the token
 * @param expiresOn the last day it works, or {@code null} for never
 */
record ApiTokenForm(@NotBlank @Size(max = 100) String name,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

	static ApiTokenForm empty() {
		return new ApiTokenForm("", null);
	}

	Optional<Instant> expiresAt() {
		return Optional.ofNullable(this.expiresOn)
			.map((day) -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

}
