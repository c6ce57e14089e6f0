package dev.stockroom.stock;

/**
 * Writes CSV cells (RFC 4180) that a spreadsheet opens as data, never as a formula: a
 * text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading {@code '} (OWASP's advice against CSV injection). Numbers are
 * written as numbers, so a negative quantity stays {@code -5}.
 */
final class CsvLines {

	private CsvLines() {
	}

	/**
	 * A text cell: neutralised, then quoted when it holds a comma, quote or line break.
	 */
	static String text(String value) {
		// The neutralising rule is platform's, shared with every other CSV the
		// application writes; this class only adds the quoting of its own line format.
		String safe = dev.stockroom.platform.CsvCells.text(value);
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	/** A number cell, written as it is. */
	static String number(long value) {
		return Long.toString(value);
	}

	/** One line of cells, already written by {@link #text} or {@link #number}. */
	static String line(String... cells) {
		return String.join(",", cells) + "\r\n";
	}

}
