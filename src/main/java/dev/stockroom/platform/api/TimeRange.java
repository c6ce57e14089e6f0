package dev.stockroom.platform.api;

import java.time.Instant;

/**
 * The instants a request may name: years 1 to 9999, what an ISO-8601 date without a sign
 * can say. PostgreSQL's {@code timestamptz} holds less than Java's {@link Instant} (from
 * 4713 BC to 294276 AD), so a time outside the range is refused where it is read, as the
 * 400 it is, instead of failing in the database.
 */
public final class TimeRange {

	/** The earliest instant accepted: 0001-01-01T00:00:00Z. */
	public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	/** The first instant no longer accepted: 10000-01-01T00:00:00Z. */
	public static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

	private TimeRange() {
	}

	/**
	 * @param instant a time from a request
	 * @return whether it lies in years 1 to 9999
	 */
	public static boolean accepts(Instant instant) {
		return !instant.isBefore(EARLIEST) && instant.isBefore(END);
	}

}
