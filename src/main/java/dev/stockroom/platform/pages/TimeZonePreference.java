package dev.stockroom.platform.pages;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone the user of the current request chose, which pages show times in
 * ({@link TemplateHelpers}). Users are the identity module's, and platform depends on no
 * feature module: so platform states what it needs and identity contributes the bean.
 * Without one, or for a user who chose nothing, times are in {@code stockroom.time-zone}.
 */
public interface TimeZonePreference {

	/**
	 * @return the signed-in user's time zone, or empty when nobody is signed in or the
	 * user chose none
	 */
	Optional<ZoneId> current();

}
