package dev.stockroom.catalog.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GtinTests {

	private final Gtin.Validator validator = new Gtin.Validator();

	@ParameterizedTest
	@ValueSource(strings = { "96385074", // EAN-8
			"036000291452", // UPC-A
			"4006381333931", // EAN-13
			"10614141000415", // GTIN-14
			"00012345600012", // GTIN-14 with leading zeros
			" 4006381333931 " // surrounding spaces are stripped
	})
	void acceptsBarcodesWithACorrectCheckDigit(String code) {
		assertThat(this.validator.isValid(code, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "96385075", "036000291453", "4006381333932", "10614141000416" })
	void rejectsAWrongCheckDigit(String code) {
		assertThat(this.validator.isValid(code, null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "9638507", "963850745", "40063813339", "400638133393100", "0000000000000000" })
	void rejectsLengthsOtherThan8And12To14(String code) {
		assertThat(this.validator.isValid(code, null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4006381A33931", "ABCDEFGH", "9638-074", "400638133393X", "４００６３８１３３３９３１" })
	void rejectsAnythingButAsciiDigits(String code) {
		assertThat(this.validator.isValid(code, null)).isFalse();
	}

	// Character.isDigit would accept these: seven Arabic-Indic zeros
	// weigh 1632 each, which makes an ASCII 0 a "correct" check digit,
	// yet PostgreSQL's CHECK wants [0-9].
	@ParameterizedTest
	@ValueSource(
			strings = { "\u0660\u0660\u0660\u0660\u0660\u0660\u06600", "\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF100" })
	void rejectsDigitsOfOtherScripts(String code) {
		assertThat(this.validator.isValid(code, null)).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\t" })
	void letsAMissingBarcodePass(String code) {
		assertThat(this.validator.isValid(code, null)).isTrue();
	}

}
