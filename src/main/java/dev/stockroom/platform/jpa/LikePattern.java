package dev.stockroom.platform.jpa;

import java.util.Locale;

/**
 * Builds a case-insensitive "contains" pattern for SQL LIKE in which the user's {@code %}
 * and {@code _} are matched literally, not as wildcards. The value is always bound as a
 * parameter, so this is about meaning, not injection.
 */
public final class LikePattern {

	/**
	 * The escape character the pattern uses; queries must declare it with {@code ESCAPE}.
	 */
	public static final char ESCAPE = '\\';

	private LikePattern() {
	}

	/**
	 * @param text what the user typed
	 * @return {@code %text%}, lower-cased, with LIKE's special characters escaped
	 */
	public static String contains(String text) {
		StringBuilder pattern = new StringBuilder("%");
		for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

}
