package dev.stockroom.imports.file;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads a cell as the value its column holds. A text cell is taken as it is written,
 * whatever it starts with: {@code =HYPERLINK(...)} is a name, stored as text and never
 * evaluated (the exports neutralise it again on the way out). The one change: the
 * {@code '} that {@code CsvCells} puts before such text in an export is taken off again,
 * so that an exported file imports unchanged.
 */
final class Cells {

	private Cells() {
	}

	static String text(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	static Integer integer(String cell) {
		String value = cell.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("must be a whole number");
		}
	}

	static Long id(String cell) {
		String value = cell.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			long id = Long.parseLong(value);
			if (id <= 0) {
				throw new NumberFormatException();
			}
			return id;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("must be an id (a whole number above 0)");
		}
	}

	static BigDecimal decimal(String cell) {
		String value = cell.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("[0-9]{1,12}(\\.[0-9]{1,12})?")) {
			throw new IllegalArgumentException("must be an amount such as 12.50");
		}
		return new BigDecimal(value);
	}

	static Boolean bool(String cell) {
		return switch (cell.strip().toLowerCase(Locale.ROOT)) {
			case "" -> null;
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new IllegalArgumentException("must be true or false");
		};
	}

}
