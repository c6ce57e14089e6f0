package dev.stockroom.platform.http;

import java.util.Set;

/**
 * The one rule for text a request may bind, wherever it comes from (a query or form
 * parameter: {@link RequestParameterFilter}; a string in a JSON body:
 * {@link TextInputModule}): no C0 control character, except that a multi-line field may
 * hold tabs and line breaks. A NUL byte cannot be stored in PostgreSQL's text at all (it
 * fails as a data error), and the other controls are never meant, only pasted or forged;
 * refusing them where text enters keeps them out of every query, log line and export.
 */
final class TextInput {

	/**
	 * Fields written on several lines (a textarea on the pages, the same property in the
	 * API's bodies), by name: the only ones where a tab, line feed or carriage return is
	 * allowed.
	 */
	static final Set<String> MULTI_LINE_FIELDS = Set.of("description", "address", "reason");

	private TextInput() {
	}

	/**
	 * @param field the parameter or property name
	 * @param value its text
	 * @return what is wrong with the text, or {@code null} when it may be bound
	 */
	static String problem(String field, String value) {
		boolean multiLine = MULTI_LINE_FIELDS.contains(field);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
				return multiLine ? "must not contain control characters other than tabs and line breaks"
						: "must not contain control characters, tabs or line breaks";
			}
		}
		return null;
	}

	/**
	 * @param name a parameter name as the client sent it
	 * @return the name fit to be shown back (its control characters as {@code ?})
	 */
	static String printable(String name) {
		return name.replaceAll("\\p{Cntrl}", "?");
	}

}
