package dev.stockroom.platform.pages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.stockroom.platform.pages.TemplateHelpers.StockState;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateHelpersTests {

	private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

	private final TemplateHelpers fmt = new TemplateHelpers(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void moneyHasTwoDecimalsAndGroupsThousands() {
		assertThat(this.fmt.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
		assertThat(this.fmt.money(new BigDecimal("0"))).isEqualTo("0.00");
		assertThat(this.fmt.money(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
		assertThat(this.fmt.money(new BigDecimal("-3.5"))).isEqualTo("-3.50");
		assertThat(this.fmt.money(null)).isEqualTo(TemplateHelpers.NONE);
	}

	@Test
	void quantityNamesItsUnitInSingularOrPlural() {
		assertThat(this.fmt.quantity(12, "EACH")).isEqualTo("12 pcs");
		assertThat(this.fmt.quantity(1, "EACH")).isEqualTo("1 pc");
		assertThat(this.fmt.quantity(1, "BOX")).isEqualTo("1 box");
		assertThat(this.fmt.quantity(3, "BOX")).isEqualTo("3 boxes");
		assertThat(this.fmt.quantity(-1, "PAIR")).isEqualTo("-1 pair");
	}

	@Test
	void measuresReadTheSameForAnyAmountAndQuantitiesAreGrouped() {
		assertThat(this.fmt.quantity(1500, "KG")).isEqualTo("1,500 kg");
		assertThat(this.fmt.quantity(1, "L")).isEqualTo("1 L");
		assertThat(this.fmt.quantity(250, "ML")).isEqualTo("250 mL");
	}

	@Test
	void quantityTakesTheCatalogUnitAsWellAsItsName() {
		// The catalog's Unit is an enum whose toString is its name; platform may not
		// depend on catalog, so any object naming a unit will do.
		assertThat(this.fmt.quantity(2, SampleUnit.PALLET)).isEqualTo("2 pallets");
		assertThat(this.fmt.quantity(7, null)).isEqualTo("7");
		assertThat(this.fmt.quantity(null, "EACH")).isEqualTo(TemplateHelpers.NONE);
		assertThat(this.fmt.quantity(4, "CRATE")).isEqualTo("4 crate");
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
	void timestampIsUtcToTheMinute() {
		assertThat(this.fmt.timestamp(Instant.parse("2025-03-01T14:05:59Z"))).isEqualTo("2025-03-01 14:05 UTC");
		assertThat(this.fmt.timestamp(null)).isEqualTo(TemplateHelpers.NONE);
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

	private enum SampleUnit {

		PALLET

	}

}
