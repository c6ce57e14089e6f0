package dev.stockroom.admin;

import java.util.List;
import java.util.Map;

/**
 * One column of a change list (Django's {@code list_display}): a property path of the
 * entity ({@code sku}, or {@code category.name} through an association, joined in the
 * page's one query), or a computed value that one batched call fills for the whole page,
 * so that a page costs the same statements whatever its size.
 *
 * @param name the property path, or the computed column's name
 * @param label the heading
 * @param format how values are shown
 * @param linked whether the value links to the object's change form
 * @param values for a computed column, the batch that computes it; {@code null} for a
 * property
 */
public record Column(String name, String label, Format format, boolean linked, Computed values) {

	/** How a column's values are shown (and written to CSV). */
	public enum Format {

		TEXT, BOOLEAN, MONEY, TIMESTAMP

	}

	/**
	 * A computed column's values for the rows of one page, in one call (one query at
	 * most): Django's annotation, or a method column with {@code prefetch_related}.
	 */
	@FunctionalInterface
	public interface Computed {

		/**
		 * @param rows the page's rows, with the property columns and any computed column
		 * to the left of this one filled in
		 * @return the value of each row, by id; a missing id shows as empty
		 */
		Map<Long, ?> compute(List<AdminRow> rows);

	}

	/**
	 * @param path a property path, e.g. {@code name} or {@code category.name}
	 * @param label the heading
	 * @return a text column, sortable
	 */
	public static Column of(String path, String label) {
		return new Column(path, label, Format.TEXT, false, null);
	}

	/**
	 * @param name the column's name (also the key later computed columns read)
	 * @param label the heading
	 * @param values computes the page's values in one batch
	 * @return a computed column; not sortable, as the database does not know it
	 */
	public static Column computed(String name, String label, Computed values) {
		return new Column(name, label, Format.TEXT, false, values);
	}

	/**
	 * @return this column, linking to the object's change form
	 */
	public Column link() {
		return new Column(this.name, this.label, this.format, true, this.values);
	}

	/**
	 * @param format how values are shown
	 * @return this column, shown that way
	 */
	public Column as(Format format) {
		return new Column(this.name, this.label, format, this.linked, this.values);
	}

	/**
	 * @return whether the column is filled from the page query (and so can be sorted on)
	 */
	public boolean isProperty() {
		return this.values == null;
	}

}
