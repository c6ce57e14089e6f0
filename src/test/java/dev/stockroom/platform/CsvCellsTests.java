package dev.stockroom.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
	void prefixesCellsASpreadsheetWouldTakeForAFormula(String text) {
		assertThat(CsvCells.neutralise(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Widget", "a=b", "'quoted", "1-2", " =padded", "" })
	void leavesOtherTextAlone(String text) {
		assertThat(CsvCells.neutralise(text)).isEqualTo(text);
	}

	@Test
	void leavesNullAlone() {
		assertThat(CsvCells.neutralise(null)).isNull();
	}

}
