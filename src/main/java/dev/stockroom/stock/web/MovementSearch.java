package dev.stockroom.stock.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.stockroom.platform.api.TimeRange;
import dev.stockroom.platform.api.TimeRange;
import dev.stockroom.stock.MovementFilter;
import dev.stockroom.stock.MovementType;

/**
 * The movement history's filters as the page's query string has them: text, read here so
 * that a mangled value becomes a message beside its filter (and the filter is left out)
 * instead of an error page. Days are whole UTC days; {@code to} includes its day.
 *
 * @param product a product id
 * @param warehouse a warehouse id
 * @param type a movement type
 * @param from the first day
 * @param to the last day
 */
record MovementSearch(String product, String warehouse, String type, String from, String to) {

	/** The filter this search stands for, and what could not be read. */
	Parsed parse() {
		Map<String, String> errors = new LinkedHashMap<>();
		Long productId = id("product", this.product, errors);
		Long warehouseId = id("warehouse", this.warehouse, errors);
		MovementType movementType = null;
		if (present(this.type)) {
			try {
				movementType = MovementType.valueOf(this.type.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("type", "is not a movement type");
			}
		}
		LocalDate fromDay = day("from", this.from, errors);
		LocalDate toDay = day("to", this.to, errors);
		MovementFilter filter = new MovementFilter(productId, warehouseId, movementType,
				(fromDay != null) ? fromDay.atStartOfDay(ZoneOffset.UTC).toInstant() : null,
				(toDay != null) ? toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
		return new Parsed(filter, errors);
	}

	private static Long id(String name, String value, Map<String, String> errors) {
		if (!present(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(name, "choose one of the listed values");
			return null;
		}
	}

	private static LocalDate day(String name, String value, Map<String, String> errors) {
		if (!present(value)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (!TimeRange.accepts(day.atStartOfDay(ZoneOffset.UTC).toInstant())) {
				errors.put(name, "must be a date between the years 1 and 9999");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.put(name, "must be a date such as 2026-11-24");
			return null;
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * @param filter the filters that could be read
	 * @param errors a message for each filter that could not, by parameter name
	 */
	record Parsed(MovementFilter filter, Map<String, String> errors) {
	}

}
