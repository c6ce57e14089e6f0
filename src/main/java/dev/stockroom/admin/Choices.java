package dev.stockroom.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.stockroom.platform.pages.Labelled;

/**
 * The options of selects, as registrations build them: related objects by id (each module
 * reads its own with one call to its service) or an enum's constants.
 */
public final class Choices {

	private Choices() {
	}

	/**
	 * @return the related objects as a select's options, keyed by id as text
	 */
	public static Map<String, String> asOptions(Map<Long, String> byId) {
		Map<String, String> options = new LinkedHashMap<>();
		byId.forEach((id, text) -> options.put(String.valueOf(id), text));
		return options;
	}

	/**
	 * @return the constants as a select's options, keyed by name and shown by
	 * {@link #label}
	 */
	public static <E extends Enum<E>> Map<String, String> of(Class<E> type) {
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(type.getEnumConstants()).forEach((constant) -> options.put(constant.name(), label(constant)));
		return options;
	}

	/**
	 * @return how a constant reads: its own label when it has one (a unit: {@code kg}, as
	 * written by convention), else its name in sentence case ({@code RECEIPT}:
	 * {@code Receipt})
	 */
	public static String label(Enum<?> constant) {
		if (constant instanceof Labelled labelled) {
			return labelled.label();
		}
		String name = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
