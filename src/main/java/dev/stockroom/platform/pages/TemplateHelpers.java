package dev.stockroom.platform.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Formatting for the pages, the counterpart of Django's template filters
 * ({@code floatformat}, {@code naturaltime}): {@code ${@fmt.money(product.price)}},
 * {@code ${@fmt.quantity(level.onHand, product.unit)}},
 * {@code ${@fmt.relative(movement.createdAt)}}, {@code ${@fmt.stockState(level.onHand,
 * product.reorderPoint)}}. Public because templates call it by reflection from outside
 * the package. The site is written in English, so numbers are too: one fixed locale
 * rather than the server's, which would change the pages with the machine they run on. A
 * missing value is shown as an em dash, so templates need no null checks.
 */
public class TemplateHelpers {

	/** What a missing value is shown as. */
	public static final String NONE = "\u2014";

	private static final DecimalFormatSymbols ENGLISH = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	// Counted units get a plural; measures (kg, L, m) read the same for any amount.
	private static final Map<String, String[]> UNITS = Map.ofEntries(Map.entry("EACH", plural("pc", "pcs")),
			Map.entry("PAIR", plural("pair", "pairs")), Map.entry("PACK", plural("pack", "packs")),
			Map.entry("BOX", plural("box", "boxes")), Map.entry("CASE", plural("case", "cases")),
			Map.entry("PALLET", plural("pallet", "pallets")), Map.entry("KG", plural("kg", "kg")),
			Map.entry("G", plural("g", "g")), Map.entry("L", plural("L", "L")), Map.entry("ML", plural("mL", "mL")),
			Map.entry("M", plural("m", "m")));

	private final Clock clock;

	public TemplateHelpers(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param amount an amount of money, or {@code null}
	 * @return the amount with two decimals and thousands grouped, {@code 1,234.50}
	 */
	public String money(BigDecimal amount) {
		if (amount == null) {
			return NONE;
		}
		// DecimalFormat is not thread-safe;
		// one per call is cheap next to rendering a page.
		return new DecimalFormat("#,##0.00", ENGLISH).format(amount.setScale(2, RoundingMode.HALF_EVEN));
	}

	/**
	 * @param quantity a quantity, or {@code null}
	 * @param unit the unit it is counted in (the catalog's {@code Unit}, or its name), or
	 * {@code null}
	 * @return the quantity, grouped, with the unit's short name: {@code 12 pcs},
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
		String name = unit.toString().toUpperCase(Locale.ROOT);
		String[] forms = UNITS.getOrDefault(name, plural(name.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)));
		return number + " " + ((Math.abs(quantity.doubleValue()) == 1) ? forms[0] : forms[1]);
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
	 * @param time a moment, or {@code null}
	 * @return it in UTC to the minute, {@code 2025-03-01 14:05 UTC}: for a {@code title}
	 * beside {@link #relative(Instant)}
	 */
	public String timestamp(Instant time) {
		return (time != null) ? TIMESTAMP.format(time) : NONE;
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

	private static String[] plural(String one, String many) {
		return new String[] { one, many };
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
