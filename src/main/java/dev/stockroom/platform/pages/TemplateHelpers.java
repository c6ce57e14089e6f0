package dev.stockroom.platform.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Formatting for the pages, the counterpart of Django's template filters
 * ({@code floatformat}, {@code date}, {@code naturaltime}) and of its per-user time zone
 * ({@code timezone.activate}): {@code ${@fmt.money(product.price)}},
 * {@code ${@fmt.quantity(level.onHand, product.unit)}},
 * {@code ${@fmt.date(m.createdAt)}}, {@code ${@fmt.relative(m.createdAt)}},
 * {@code ${@fmt.stockState(level.onHand, product.reorderPoint)}}. Templates show a moment
 * through {@code fragments/time}, which writes
 * {@code <time datetime="ISO" title="exact, zone">readable</time>} with these. Public
 * because templates call it by reflection from outside the package.
 * <p>
 * The site is written in English, so numbers and dates are too: one fixed locale rather
 * than the server's, which would change the pages with the machine they run on. Times are
 * shown in the zone the request's user chose on their profile, else the site's
 * ({@code stockroom.time-zone}); money carries the site's currency
 * ({@code stockroom.currency}). The API is not formatted here: it keeps ISO-8601 UTC and
 * plain numbers. A missing value is shown as an em dash, so templates need no null
 * checks.
 */
public class TemplateHelpers {

	/** What a missing value is shown as. */
	public static final String NONE = "\u2014";

	private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

	// "2 Dec 2026, 14:26": day first and the month in words, so no reader mistakes the
	// order of day and month, as they would in 02/12/2026.
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss zzz",
			Locale.ENGLISH);

	private static final Duration RECENT = Duration.ofDays(7);

	private final Clock clock;

	private final Supplier<ZoneId> zone;

	private final Currency currency;

	/**
	 * @param clock what "now" is, for relative times
	 * @param zone the time zone of the request being rendered: the user's choice, else
	 * the site's
	 * @param currency the currency every amount is in
	 */
	public TemplateHelpers(Clock clock, Supplier<ZoneId> zone, Currency currency) {
		this.clock = clock;
		this.zone = zone;
		this.currency = currency;
	}

	/**
	 * @param amount an amount of money, or {@code null}
	 * @return the amount in the site's currency, with two decimals and thousands grouped:
	 * {@code €1,234.50}, {@code -€3.50}, {@code CHF 12.00} (a currency written in letters
	 * is set apart by a space)
	 */
	public String money(BigDecimal amount) {
		if (amount == null) {
			return NONE;
		}
		// DecimalFormat is not thread-safe;
		// one per call is cheap next to rendering a page.
		String number = new DecimalFormat("#,##0.00", ENGLISH).format(amount.abs().setScale(2, RoundingMode.HALF_EVEN));
		String symbol = this.currency.getSymbol(Locale.ENGLISH);
		String sign = (amount.signum() < 0) ? "-" : "";
		return sign + symbol + (Character.isLetter(symbol.charAt(symbol.length() - 1)) ? " " : "") + number;
	}

	/**
	 * @return the site's currency code, e.g. {@code EUR}: for a form's label beside an
	 * amount typed as a plain number
	 */
	public String currency() {
		return this.currency.getCurrencyCode();
	}

	/**
	 * @param quantity a quantity, or {@code null}
	 * @param unit the unit it is counted in (the catalog's {@code Unit}, any
	 * {@link Labelled}), or {@code null}
	 * @return the quantity, grouped, with the unit's symbol: {@code 12 pcs},
	 * {@code 1 box}, {@code 1,500 kg}
	 */
	public String quantity(Number quantity, Object unit) {
		if (quantity == null) {
			return NONE;
		}
		String number = new DecimalFormat("#,##0", ENGLISH).format(quantity);
		if (unit == null) {
			return number;
		}
		return number + " " + ((unit instanceof Labelled labelled) ? labelled.label(quantity)
				: unit.toString().toLowerCase(Locale.ROOT));
	}

	/**
	 * @param value any value, or {@code null}
	 * @return how a page writes it: a {@link Labelled} value's label ({@code kg} for the
	 * unit {@code KG}), anything else as text
	 */
	public String label(Object value) {
		if (value == null) {
			return NONE;
		}
		return (value instanceof Labelled labelled) ? labelled.label() : value.toString();
	}

	/**
	 * @param time a moment, or {@code null}
	 * @return it in the reader's time zone to the minute: {@code 2 Dec 2026, 14:26}
	 */
	public String date(Instant time) {
		return (time != null) ? DATE.format(time.atZone(zone())) : NONE;
	}

	/**
	 * @param time a moment, or {@code null}
	 * @return it to the second with its zone, for a {@code title} to hover over:
	 * {@code 2 Dec 2026, 15:26:31 CET (Europe/Paris)}
	 */
	public String exact(Instant time) {
		if (time == null) {
			return NONE;
		}
		ZoneId zone = zone();
		String exact = EXACT.format(time.atZone(zone));
		// CET alone is ambiguous across places; UTC needs no explaining.
		return exact.endsWith(" " + zone.getId()) ? exact : exact + " (" + zone.getId() + ")";
	}

	/**
	 * @param time a moment, or {@code null}
	 * @return it as ISO-8601 in UTC, {@code 2026-12-02T14:26:31.356857Z}: for the
	 * {@code datetime} attribute of {@code <time>}, which machines read
	 */
	public String iso(Instant time) {
		return (time != null) ? time.toString() : "";
	}

	/**
	 * @param time a moment, or {@code null}
	 * @return how long ago it is ({@link #relative}) within the past week, where "3
	 * minutes ago" says more than a date; further back the date ({@link #date})
	 */
	public String recent(Instant time) {
		if (time == null) {
			return NONE;
		}
		Duration age = Duration.between(time, this.clock.instant());
		return (age.isNegative() || age.compareTo(RECENT) > 0) ? date(time) : relative(time);
	}

	/**
	 * @return the time zone this request's times are shown in, e.g. {@code Europe/Paris}
	 */
	public ZoneId zone() {
		return this.zone.get();
	}

	/**
	 * @param time a moment, or {@code null}
	 * @return how long ago or how far ahead it is, in the largest whole unit:
	 * {@code just now}, {@code 3 minutes ago}, {@code in 2 days}
	 */
	public String relative(Instant time) {
		if (time == null) {
			return NONE;
		}
		Duration distance = Duration.between(time, this.clock.instant());
		boolean past = !distance.isNegative();
		long seconds = distance.abs().toSeconds();
		if (seconds < 60) {
			return "just now";
		}
		String amount = amount(seconds);
		return past ? amount + " ago" : "in " + amount;
	}

	/**
	 * Whether a stock level needs attention: out of stock, low (at or below the product's
	 * reorder point, as the API's {@code lowStock} filter counts it) or fine.
	 * @param onHand the quantity on hand
	 * @param reorderPoint the product's reorder point, or {@code null} for none
	 * @return the state, with its label and badge class
	 */
	public StockState stockState(Number onHand, Number reorderPoint) {
		long quantity = (onHand != null) ? onHand.longValue() : 0;
		if (quantity <= 0) {
			return StockState.OUT;
		}
		if (reorderPoint != null && quantity <= reorderPoint.longValue()) {
			return StockState.LOW;
		}
		return StockState.OK;
	}

	private static String amount(long seconds) {
		long minutes = seconds / 60;
		if (minutes < 60) {
			return count(minutes, "minute");
		}
		long hours = minutes / 60;
		if (hours < 24) {
			return count(hours, "hour");
		}
		long days = hours / 24;
		if (days < 30) {
			return count(days, "day");
		}
		if (days < 365) {
			return count(days / 30, "month");
		}
		return count(days / 365, "year");
	}

	private static String count(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

	/**
	 * How a stock level looks on a page: {@code code} for data attributes and tests,
	 * {@code label} to read, {@code badgeClass} for Bootstrap's badge colours (text and
	 * background chosen together, so the contrast holds).
	 */
	public enum StockState {

		/** Nothing on hand. */
		OUT("out", "Out of stock", "text-bg-danger"),

		/** At or below the reorder point. */
		LOW("low", "Low stock", "text-bg-warning"),

		/** Above the reorder point. */
		OK("ok", "In stock", "text-bg-success");

		private final String code;

		private final String label;

		private final String badgeClass;

		StockState(String code, String label, String badgeClass) {
			this.code = code;
			this.label = label;
			this.badgeClass = badgeClass;
		}

		/**
		 * @return {@code out}, {@code low} or {@code ok}
		 */
		public String code() {
			return this.code;
		}

		/**
		 * @return what a reader sees
		 */
		public String label() {
			return this.label;
		}

		/**
		 * @return the badge's CSS classes
		 */
		public String badgeClass() {
			return this.badgeClass;
		}

	}

}
