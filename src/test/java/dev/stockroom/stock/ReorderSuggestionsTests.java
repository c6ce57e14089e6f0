package dev.stockroom.stock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of low stock and of the reorder suggestion, without Spring. */
class ReorderSuggestionsTests {

	@Test
	void aLevelIsLowAtOrBelowItsReorderPoint() {
		assertThat(ReorderSuggestions.isLow(30, 30)).isTrue();
		assertThat(ReorderSuggestions.isLow(29, 30)).isTrue();
		assertThat(ReorderSuggestions.isLow(31, 30)).isFalse();
	}

	@Test
	void whatIsOnOrderIsNotSuggestedAgain() {
		// At its reorder point of 30, reorder quantity 50: one reorder quantity.
		assertThat(ReorderSuggestions.suggestedOrder(30, 30, 50, 0)).isEqualTo(50);
		// 20 on order: 20 less.
		assertThat(ReorderSuggestions.suggestedOrder(30, 30, 50, 20)).isEqualTo(30);
		// Far below the point: more than one lot.
		assertThat(ReorderSuggestions.suggestedOrder(0, 30, 50, 0)).isEqualTo(80);
	}

	@Test
	void theSuggestionIsNeverNegative() {
		assertThat(ReorderSuggestions.suggestedOrder(30, 30, 50, 500)).isZero();
		assertThat(new StockLevelResponse(1, 2, 3, 10, 0, 10, false, 30, true, null).suggestedOrder(50, 100)).isZero();
	}

}
