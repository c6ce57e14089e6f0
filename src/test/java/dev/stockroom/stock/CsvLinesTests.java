package dev.stockroom.stock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text cells that a spreadsheet would run as a formula get a leading quote; cells with a
 * comma, quote or line break are quoted as RFC 4180 says.
 */
class CsvLinesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '^',
			value = { "=1+1|'=1+1", "+31 20|'+31 20", "-5 broken|'-5 broken", "@SUM(A1)|'@SUM(A1)", "plain|plain",
					"a,b|^\"a,b\"^", "say \"hi\"|^\"say \"\"hi\"\"\"^",
					"=HYPERLINK(\"x\")|^\"'=HYPERLINK(\"\"x\"\")\"^" })
	void neutralisesFormulasAndQuotesWhatNeedsIt(String value, String cell) {
		assertThat(CsvLines.text(value)).isEqualTo(cell);
	}

	@ParameterizedTest
	@CsvSource({ "-5, -5", "12, 12" })
	void numbersStayNumbers(long value, String cell) {
		assertThat(CsvLines.number(value)).isEqualTo(cell);
	}

	@org.junit.jupiter.api.Test
	void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
		assertThat(CsvLines.text("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvLines.text("\rcmd")).isEqualTo("\"'\rcmd\"");
		assertThat(CsvLines.text(null)).isEmpty();
	}

}
