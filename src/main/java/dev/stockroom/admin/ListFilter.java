package dev.stockroom.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One sidebar filter of a change list (Django's {@code list_filter}): the query parameter
 * is the property path, each choice a value of it. Four kinds, as Django's admin has:
 * booleans, enums, related objects and date ranges.
 *
 * @param path the property path filtered on, e.g. {@code active} or {@code category.id}
 * @param title the sidebar heading
 * @param choices the choices by parameter value, in order (without "All")
 * @param parse turns a chosen parameter value into the query's argument; {@code null} for
 * a value that is not one of the choices (the filter is then ignored)
 * @param operator how the property compares to the argument: {@code =} or {@code >=}
 */
public record ListFilter(String path, String title, Supplier<Map<String, String>> choices,
		Function<String, Object> parse, String operator) {

	/**
	 * @param path a boolean property
	 * @param title the heading
	 * @return a Yes / No filter
	 */
	public static ListFilter bool(String path, String title) {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("true", "Yes");
		choices.put("false", "No");
		return new ListFilter(path, title, () -> choices,
				(value) -> choices.containsKey(value) ? Boolean.valueOf(value) : null, "=");
	}

	/**
	 * @param path an enum property
	 * @param title the heading
	 * @param type the enum
	 * @return a filter with one choice per constant
	 */
	public static <E extends Enum<E>> ListFilter choice(String path, String title, Class<E> type) {
		Map<String, String> choices = new LinkedHashMap<>();
		Arrays.stream(type.getEnumConstants())
			.forEach((constant) -> choices.put(constant.name(), Choices.label(constant)));
		return new ListFilter(path, title, () -> choices,
				(value) -> choices.containsKey(value) ? Enum.valueOf(type, value) : null, "=");
	}

	/**
	 * @param path the id path of an association, e.g. {@code category.id}, or a plain id
	 * property such as {@code productId}
	 * @param title the heading
	 * @param choices the related objects by id, as the owning module's service lists them
	 * (one call per page, whatever its size)
	 * @return a filter with one choice per related object
	 */
	public static ListFilter related(String path, String title, Supplier<Map<Long, String>> choices) {
		return new ListFilter(path, title, () -> {
			Map<String, String> byValue = new LinkedHashMap<>();
			choices.get().forEach((id, text) -> byValue.put(String.valueOf(id), text));
			return byValue;
		}, ListFilter::parseId, "=");
	}

	/**
	 * @param path an {@link Instant} property
	 * @param title the heading
	 * @return Django's date filter: today, the past 7 days, this month, this year (UTC)
	 */
	public static ListFilter dateRange(String path, String title) {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("today", "Today");
		choices.put("week", "Past 7 days");
		choices.put("month", "This month");
		choices.put("year", "This year");
		return new ListFilter(path, title, () -> choices, ListFilter::since, ">=");
	}

	private static Object parseId(String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Object since(String value) {
		ZonedDateTime today = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
		return switch (value) {
			case "today" -> today.toInstant();
			case "week" -> today.minusDays(6).toInstant();
			case "month" -> today.withDayOfMonth(1).toInstant();
			case "year" -> today.withDayOfYear(1).toInstant();
			default -> null;
		};
	}

}
