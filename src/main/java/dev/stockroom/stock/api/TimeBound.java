package dev.stockroom.stock.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.stockroom.platform.error.InvalidQueryException;
import dev.stockroom.platform.api.TimeRange;

/**
 * Reads the {@code from} and {@code to} of a time filter: an ISO-8601 instant with an
 * offset ({@code 2026-11-24T08:00:00Z}) or a date ({@code 2026-11-24}, a whole UTC day,
 * so that {@code from=2026-11-01&to=2026-11-30} includes the 30th).
 */
final class TimeBound {

	private TimeBound() {
	}

	static Instant from(String value) {
		return parse("from", value, false);
	}

	static Instant to(String value) {
		return parse("to", value, true);
	}

	private static Instant parse(String parameter, String value, boolean end) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Instant instant;
		try {
			if (value.length() == 10) {
				LocalDate date = LocalDate.parse(value);
				instant = (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			else {
				instant = OffsetDateTime.parse(value).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			throw new InvalidQueryException(parameter,
					"'" + value + "' is not a date (2026-11-24) or an instant with an offset (2026-11-24T08:00:00Z)");
		}
		if (!TimeRange.accepts(instant)) {
			throw new InvalidQueryException(parameter, "'" + value + "' is outside the years 1 to 9999");
		}
		return instant;
	}

}
