package dev.stockroom.platform;

/**
 * Makes a text cell of a CSV file safe to open in a spreadsheet. A cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by
 * Excel, LibreOffice and Google Sheets as a formula ("CSV injection": a product named
 * {@code =HYPERLINK(...)} would run when a manager opens the export), so it gets a
 * leading {@code '}, which spreadsheets show as text. Only text cells go through here:
 * numbers are written as numbers, so {@code -5} stays a number.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * @param text a text cell's value, may be {@code null}
	 * @return the value, with a {@code '} in front if a spreadsheet would take it for a
	 * formula; {@code null} stays {@code null}
	 */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
