package dev.stockroom.imports.file;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import dev.stockroom.catalog.ProductField;
import dev.stockroom.catalog.ProductImportRow;
import dev.stockroom.catalog.Unit;

/**
 * Reads the rows of a products file into the catalog's {@link ProductImportRow}s, each
 * cell as its field's type; the rules a product keeps are the catalog's to check.
 */
public final class ProductRows {

	private final Mapping mapping;

	public ProductRows(Mapping mapping) {
		this.mapping = mapping;
	}

	/**
	 * @return the product fields the file has
	 */
	public Set<ProductField> columns() {
		Set<ProductField> columns = EnumSet.noneOf(ProductField.class);
		this.mapping.mapped().forEach((field) -> ProductField.ofHeader(field).ifPresent(columns::add));
		return columns;
	}

	/**
	 * @param row a row of the file
	 * @param problems where to add what cannot be read
	 * @return the row, or {@code null} when a cell cannot be read
	 */
	public ProductImportRow read(CsvFile.Row row, List<RowProblem> problems) {
		List<RowProblem> found = new ArrayList<>();
		String sku = cell(row, "sku", Cells::text, found);
		if (sku == null || sku.isBlank()) {
			found.add(new RowProblem(row.line(), "sku", "must not be blank"));
		}
		ProductImportRow read = new ProductImportRow(row.line(), sku, cell(row, "name", Cells::text, found),
				cell(row, "description", Cells::text, found), cell(row, "unit", ProductRows::unit, found),
				cell(row, "cost", Cells::decimal, found), cell(row, "price", Cells::decimal, found),
				cell(row, "reorderPoint", Cells::integer, found), cell(row, "reorderQuantity", Cells::integer, found),
				cell(row, "active", Cells::bool, found), cell(row, "barcode", Cells::text, found),
				cell(row, "categoryId", Cells::id, found));
		problems.addAll(found);
		return found.isEmpty() ? read : null;
	}

	private <T> T cell(CsvFile.Row row, String field, Function<String, T> read, List<RowProblem> problems) {
		int column = this.mapping.column(field);
		if (column < 0) {
			return null;
		}
		try {
			return read.apply(row.cell(column));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new RowProblem(row.line(), field, ex.getMessage()));
			return null;
		}
	}

	// The constant (EACH) or the symbol the pages show (pcs).
	private static Unit unit(String cell) {
		String value = cell.strip();
		if (value.isEmpty()) {
			return null;
		}
		for (Unit unit : Unit.values()) {
			if (unit.name().equalsIgnoreCase(value) || unit.label().equalsIgnoreCase(value)
					|| unit.label(2).equalsIgnoreCase(value)) {
				return unit;
			}
		}
		throw new IllegalArgumentException("must be one of " + String.join(", ",
				java.util.Arrays.stream(Unit.values()).map((unit) -> unit.name().toLowerCase(Locale.ROOT)).toList()));
	}

}
