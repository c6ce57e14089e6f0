package dev.stockroom.identity.user;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time zones a user may choose on their profile: the JDK's region ids
 * ({@code Europe/Berlin}) and {@code UTC}. Leaves out the JDK's legacy and alias ids
 * ({@code SystemV/EST5}, {@code Etc/GMT+5}, whose sign runs backwards,
 * {@code US/Pacific}), which only make a long list longer. The profile page lists these,
 * and the same list validates what is posted, so the two cannot disagree.
 */
public final class TimeZones {

	private static final Pattern REGION = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");

	private static final List<String> CHOICES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.equals("UTC") || REGION.matcher(id).matches())
		.sorted()
		.toList();

	private TimeZones() {
	}

	/**
	 * @return the zone ids a user may choose, sorted
	 */
	public static List<String> choices() {
		return CHOICES;
	}

	/**
	 * @param id a zone id as posted, or {@code null}
	 * @return whether it is absent (blank: the site's zone) or one of {@link #choices()}
	 */
	public static boolean isChoice(String id) {
		return id == null || id.isBlank() || CHOICES.contains(id.strip());
	}

}
