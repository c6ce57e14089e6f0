package dev.stockroom.admin;

import java.util.List;

/**
 * Columns one module adds to another module's change list, so that a list can show
 * figures its own module may not ask for without a cycle: stock's on-hand quantities on
 * the catalog's product list (stock depends on the catalog, never the other way round).
 * The model opts in with {@link ModelAdmin#contributedColumns}.
 */
public interface ColumnContribution {

	/**
	 * @return the slug of the model whose list gets the columns, e.g. {@code products}
	 */
	String model();

	/**
	 * @return the columns, shown after the model's own, usually computed for the whole
	 * page at once
	 */
	List<Column> columns();

}
