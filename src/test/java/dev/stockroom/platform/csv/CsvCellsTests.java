package dev.stockroom.platform.csv;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tindent", "\rreturn" })
	void neutralisesTextASpreadsheetWouldRunAsAFormula(String text) {
		assertThat(CsvCells.text(text)).isEqualTo("'" + text);
		assertThat(CsvCells.of(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Widget", "A=B", "1-2", " =leading space", "'quoted" })
	void leavesOtherTextAlone(String text) {
		assertThat(CsvCells.text(text)).isEqualTo(text);
	}

	@Test
	void numbersStayNumbers() {
		assertThat(CsvCells.of(-5)).isEqualTo(-5);
		assertThat(CsvCells.of(new BigDecimal("-12.50"))).isEqualTo("-12.50");
		assertThat(CsvCells.of(new BigDecimal("1E+3"))).isEqualTo("1000");
	}

	@Test
	void nullIsAnEmptyCell() {
		assertThat(CsvCells.of(null)).isEqualTo("");
		assertThat(CsvCells.text(null)).isEqualTo("");
		assertThat(CsvCells.text("")).isEqualTo("");
	}

}
