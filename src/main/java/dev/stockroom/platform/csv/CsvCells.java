package dev.stockroom.platform.csv;

import java.math.BigDecimal;

/**
 * Makes values safe to put in a CSV cell that a spreadsheet will open (CSV or formula
 * injection): a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return would be run as a formula, so it gets a leading {@code '}, which
 * spreadsheets show as text. Numbers are left alone, so they stay numbers (a negative
 * quantity is not a formula), and decimals are written without an exponent.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * @param value any value, or null
	 * @return the cell to write: numbers unchanged, text neutralised, null as an empty
	 * cell
	 */
	public static Object of(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number) {
			return value;
		}
		return text(value.toString());
	}

	/**
	 * @param text a text value, or null
	 * @return the text, with a leading {@code '} when a spreadsheet would take it for a
	 * formula
	 */
	public static String text(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
