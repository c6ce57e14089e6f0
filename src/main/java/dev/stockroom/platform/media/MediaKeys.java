package dev.stockroom.platform.media;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The names stored files get: a random UUID and the extension of the format the
 * application itself wrote ({@code 0b9c...e1.png}). Nothing of the client's file name
 * survives, so it can carry no path ({@code ../}), no markup and no misleading extension;
 * and a key that does not look like this is refused before it reaches a disk or a bucket.
 */
public final class MediaKeys {

	private static final Map<String, String> CONTENT_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "csv",
			"text/csv");

	private static final Pattern KEY = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(png|jpg|csv)");

	private MediaKeys() {
	}

	/**
	 * @param extension {@code png}, {@code jpg} or {@code csv}
	 * @return a new key
	 */
	public static String generate(String extension) {
		if (!CONTENT_TYPES.containsKey(extension)) {
			throw new IllegalArgumentException("No media type for ." + extension);
		}
		return UUID.randomUUID() + "." + extension;
	}

	/**
	 * @param key a candidate key, e.g. from a URL
	 * @return whether {@link #generate(String)} could have made it (no path separators,
	 * no dots but the extension's)
	 */
	public static boolean isValid(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	/**
	 * @param key a key
	 * @return it, if valid
	 * @throws IllegalArgumentException otherwise
	 */
	public static String requireValid(String key) {
		if (!isValid(key)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return key;
	}

	/**
	 * @param key a valid key
	 * @return the media type its extension stands for
	 */
	public static String contentType(String key) {
		String extension = requireValid(key).substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return CONTENT_TYPES.get(extension);
	}

}
