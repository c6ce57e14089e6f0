package dev.stockroom.admin;

import java.util.List;
import java.util.Map;

/**
 * One object as a list, a form or an inline shows it: its id and its values by column or
 * field name ({@code sku}, {@code category.name}, a computed column's name). Mutable, so
 * that computed columns can add their values to the rows of a page.
 *
 * @param id the object's id
 * @param values the values by name
 */
public record AdminRow(long id, Map<String, Object> values) {

	/**
	 * @param name a column or field name
	 * @return its value, or {@code null}
	 */
	public Object get(String name) {
		return this.values.get(name);
	}

	/**
	 * @param rows the rows of a page
	 * @return their ids, in order, for a computed column's one call
	 */
	public static List<Long> ids(List<AdminRow> rows) {
		return rows.stream().map(AdminRow::id).toList();
	}

}
