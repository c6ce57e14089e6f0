package dev.stockroom.imports.file;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.stockroom.stock.StockCountImport.CountRow;

/**
 * Reads the rows of a stock count file into the stock module's {@link CountRow}s; whether
 * the product and warehouse exist is the stock module's to check.
 */
public final class CountRows {

	private final Mapping mapping;

	public CountRows(Mapping mapping) {
		this.mapping = mapping;
	}

	/**
	 * @param row a row of the file
	 * @param problems where to add what cannot be read
	 * @return the row, or {@code null} when a cell cannot be read
	 */
	public CountRow read(CsvFile.Row row, List<RowProblem> problems) {
		List<RowProblem> found = new ArrayList<>();
		Long productId = cell(row, "productId", Cells::id, found);
		String sku = cell(row, "sku", Cells::text, found);
		Long warehouseId = cell(row, "warehouseId", Cells::id, found);
		String warehouse = cell(row, "warehouse", Cells::text, found);
		Integer counted = cell(row, "onHand", Cells::integer, found);
		if (productId == null && (sku == null || sku.isBlank())) {
			found.add(new RowProblem(row.line(), (this.mapping.column("sku") >= 0) ? "sku" : "productId",
					"must name the product"));
		}
		if (warehouseId == null && (warehouse == null || warehouse.isBlank())) {
			found.add(new RowProblem(row.line(), (this.mapping.column("warehouse") >= 0) ? "warehouse" : "warehouseId",
					"must name the warehouse"));
		}
		if (counted == null || counted < 0) {
			found.add(new RowProblem(row.line(), "onHand", "must be what was counted, 0 or more"));
		}
		problems.addAll(found);
		return found.isEmpty() ? new CountRow(row.line(), productId, sku, warehouseId, warehouse, counted) : null;
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

}
