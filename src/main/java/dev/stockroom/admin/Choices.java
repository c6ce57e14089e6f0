package dev.stockroom.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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

	public static <E extends Enum<E>> Map<String, String> of(Class<E> type) {
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(type.getEnumConstants()).forEach((constant) -> options.put(constant.name(), constant.name()));
		return options;
	}

}
