package dev.stockroom.platform.pages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.stockroom.platform.pages.TemplateHelpers.StockState;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateHelpersTests {

	private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

	private static final Currency EUR = Currency.getInstance("EUR");

	private final TemplateHelpers fmt = helpers(ZoneId.of("UTC"), EUR);

	@Test
	void moneyCarriesTheCurrencyWithTwoDecimalsAndGroupedThousands() {
		assertThat(this.fmt.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
		assertThat(this.fmt.money(new BigDecimal("0"))).isEqualTo("€0.00");
		assertThat(this.fmt.money(new BigDecimal("1234567.891"))).isEqualTo("€1,234,567.89");
		assertThat(this.fmt.money(new BigDecimal("-3.5"))).isEqualTo("-€3.50");
		assertThat(this.fmt.money(null)).isEqualTo(TemplateHelpers.NONE);
		assertThat(this.fmt.currency()).isEqualTo("EUR");
	}

	@Test
	void moneyIsInTheConfiguredCurrencyWhateverTheMachinesLocale() {
		Locale machine = Locale.getDefault();
		try {
			Locale.setDefault(Locale.JAPAN);
			assertThat(helpers(ZoneOffset.UTC, Currency.getInstance("GBP")).money(new BigDecimal("12.5")))
				.isEqualTo("£12.50");
			assertThat(helpers(ZoneOffset.UTC, Currency.getInstance("CHF")).money(new BigDecimal("1200")))
				.isEqualTo("CHF 1,200.00");
			assertThat(this.fmt.money(new BigDecimal("12.5"))).isEqualTo("€12.50");
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	@Test
	void quantityNamesItsUnitInSingularOrPlural() {
		assertThat(this.fmt.quantity(12, SampleUnit.EACH)).isEqualTo("12 pcs");
		assertThat(this.fmt.quantity(1, SampleUnit.EACH)).isEqualTo("1 pc");
		assertThat(this.fmt.quantity(-1, SampleUnit.EACH)).isEqualTo("-1 pc");
		assertThat(this.fmt.quantity(1500, SampleUnit.EACH)).isEqualTo("1,500 pcs");
	}

	@Test
	void aValueWithoutALabelIsWrittenInLowerCase() {
		// Platform may not depend on catalog: its Unit is a Labelled, and anything else
		// naming a unit is written as a symbol is, in lower case.
		assertThat(this.fmt.quantity(4, "CRATE")).isEqualTo("4 crate");
		assertThat(this.fmt.quantity(7, null)).isEqualTo("7");
		assertThat(this.fmt.quantity(null, SampleUnit.EACH)).isEqualTo(TemplateHelpers.NONE);
	}

	@Test
	void labelIsALabelledValuesLabelAndAnythingElsesText() {
		assertThat(this.fmt.label(SampleUnit.EACH)).isEqualTo("pcs");
		assertThat(this.fmt.label(42)).isEqualTo("42");
		assertThat(this.fmt.label(null)).isEqualTo(TemplateHelpers.NONE);
	}

	@Test
	void dateIsReadableInTheReadersZone() {
		Instant moment = Instant.parse("2026-12-02T14:26:31.356857Z");

		assertThat(this.fmt.date(moment)).isEqualTo("2 Dec 2026, 14:26");
		assertThat(helpers(ZoneId.of("Asia/Tokyo"), EUR).date(moment)).isEqualTo("2 Dec 2026, 23:26");
		assertThat(helpers(ZoneId.of("America/Los_Angeles"), EUR).date(moment)).isEqualTo("2 Dec 2026, 06:26");
		// Past midnight in Auckland: the day changes with the zone too.
		assertThat(helpers(ZoneId.of("Pacific/Auckland"), EUR).date(moment)).isEqualTo("3 Dec 2026, 03:26");
		assertThat(this.fmt.date(null)).isEqualTo(TemplateHelpers.NONE);
	}

	@Test
	void daylightSavingTimeMovesTheClockAndTheZonesName() {
		TemplateHelpers berlin = helpers(ZoneId.of("Europe/Berlin"), EUR);
		// Summer time began in the EU at 01:00 UTC on 29 March 2026: 02:00 CET became
		// 03:00 CEST.
		Instant before = Instant.parse("2026-03-29T00:59:00Z");
		Instant after = Instant.parse("2026-03-29T01:00:00Z");

		assertThat(berlin.date(before)).isEqualTo("29 Mar 2026, 01:59");
		assertThat(berlin.date(after)).isEqualTo("29 Mar 2026, 03:00");
		assertThat(berlin.exact(before)).isEqualTo("29 Mar 2026, 01:59:00 CET (Europe/Berlin)");
		assertThat(berlin.exact(after)).isEqualTo("29 Mar 2026, 03:00:00 CEST (Europe/Berlin)");
		// And back on 25 October 2026: 03:00 CEST became 02:00 CET, so 02:30 happens
		// twice.
		assertThat(berlin.exact(Instant.parse("2026-10-25T00:30:00Z")))
			.isEqualTo("25 Oct 2026, 02:30:00 CEST (Europe/Berlin)");
		assertThat(berlin.exact(Instant.parse("2026-10-25T01:30:00Z")))
			.isEqualTo("25 Oct 2026, 02:30:00 CET (Europe/Berlin)");
	}

	@Test
	void exactTimeNamesItsZoneAndIsoIsUtcForMachines() {
		Instant moment = Instant.parse("2026-12-02T14:26:31.356857Z");

		assertThat(this.fmt.exact(moment)).isEqualTo("2 Dec 2026, 14:26:31 UTC");
		assertThat(helpers(ZoneId.of("America/New_York"), EUR).exact(moment))
			.isEqualTo("2 Dec 2026, 09:26:31 EST (America/New_York)");
		assertThat(helpers(ZoneId.of("America/New_York"), EUR).iso(moment)).isEqualTo("2026-12-02T14:26:31.356857Z");
		assertThat(this.fmt.exact(null)).isEqualTo(TemplateHelpers.NONE);
		assertThat(this.fmt.iso(null)).isEmpty();
	}

	@Test
	void theZoneIsAskedForOnEachCallSoEachRequestGetsItsUsers() {
		AtomicReference<ZoneId> current = new AtomicReference<>(ZoneId.of("UTC"));
		TemplateHelpers perRequest = new TemplateHelpers(Clock.fixed(NOW, ZoneOffset.UTC), current::get, EUR);
		Instant moment = Instant.parse("2026-07-01T12:00:00Z");

		assertThat(perRequest.date(moment)).isEqualTo("1 Jul 2026, 12:00");
		current.set(ZoneId.of("Australia/Sydney"));
		assertThat(perRequest.date(moment)).isEqualTo("1 Jul 2026, 22:00");
		assertThat(perRequest.zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
	}

	@Test
	void recentIsRelativeWithinAWeekAndADateBeyond() {
		TemplateHelpers tokyo = helpers(ZoneId.of("Asia/Tokyo"), EUR);

		assertThat(tokyo.recent(NOW.minus(Duration.ofMinutes(3)))).isEqualTo("3 minutes ago");
		assertThat(tokyo.recent(NOW.minus(Duration.ofDays(7)))).isEqualTo("7 days ago");
		assertThat(tokyo.recent(NOW.minus(Duration.ofDays(8)))).isEqualTo("21 Feb 2025, 21:00");
		assertThat(tokyo.recent(NOW.plus(Duration.ofDays(1)))).isEqualTo("2 Mar 2025, 21:00");
		assertThat(tokyo.recent(null)).isEqualTo(TemplateHelpers.NONE);
	}

	@Test
	void relativeTimeSaysHowLongAgoInTheLargestWholeUnit() {
		assertThat(this.fmt.relative(NOW)).isEqualTo("just now");
		assertThat(this.fmt.relative(NOW.minusSeconds(59))).isEqualTo("just now");
		assertThat(this.fmt.relative(NOW.minusSeconds(60))).isEqualTo("1 minute ago");
		assertThat(this.fmt.relative(NOW.minus(Duration.ofMinutes(3)))).isEqualTo("3 minutes ago");
		assertThat(this.fmt.relative(NOW.minus(Duration.ofMinutes(150)))).isEqualTo("2 hours ago");
		assertThat(this.fmt.relative(NOW.minus(Duration.ofDays(1)))).isEqualTo("1 day ago");
		assertThat(this.fmt.relative(NOW.minus(Duration.ofDays(65)))).isEqualTo("2 months ago");
		assertThat(this.fmt.relative(NOW.minus(Duration.ofDays(800)))).isEqualTo("2 years ago");
	}

	@Test
	void relativeTimeLooksAheadToo() {
		assertThat(this.fmt.relative(NOW.plus(Duration.ofDays(2)))).isEqualTo("in 2 days");
		assertThat(this.fmt.relative(NOW.plus(Duration.ofMinutes(90)))).isEqualTo("in 1 hour");
		assertThat(this.fmt.relative(null)).isEqualTo(TemplateHelpers.NONE);
	}

	@Test
	void stockIsOutAtZeroLowAtOrBelowTheReorderPointAndOkAbove() {
		assertThat(this.fmt.stockState(0, 5)).isEqualTo(StockState.OUT);
		assertThat(this.fmt.stockState(-2, null)).isEqualTo(StockState.OUT);
		assertThat(this.fmt.stockState(5, 5)).isEqualTo(StockState.LOW);
		assertThat(this.fmt.stockState(1, 5)).isEqualTo(StockState.LOW);
		assertThat(this.fmt.stockState(6, 5)).isEqualTo(StockState.OK);
		assertThat(this.fmt.stockState(1, null)).isEqualTo(StockState.OK);
		assertThat(this.fmt.stockState(null, 5)).isEqualTo(StockState.OUT);
	}

	@Test
	void aStockStateCarriesItsCodeLabelAndBadgeClass() {
		assertThat(StockState.LOW.code()).isEqualTo("low");
		assertThat(StockState.LOW.label()).isEqualTo("Low stock");
		assertThat(StockState.LOW.badgeClass()).isEqualTo("text-bg-warning");
		assertThat(StockState.OUT.badgeClass()).isEqualTo("text-bg-danger");
	}

	private static TemplateHelpers helpers(ZoneId zone, Currency currency) {
		return new TemplateHelpers(Clock.fixed(NOW, ZoneOffset.UTC), () -> zone, currency);
	}

	// Like the catalog's Unit, which platform may not depend on.
	private enum SampleUnit implements Labelled {

		EACH;

		@Override
		public String label() {
			return "pcs";
		}

		@Override
		public String label(Number quantity) {
			return (Math.abs(quantity.doubleValue()) == 1) ? "pc" : "pcs";
		}

	}

}
