package dev.stockroom.catalog;

import java.math.BigDecimal;

/**
 * One row of a product import, its cells already read as values (the importer checks that
 * a cost is a number; {@link ProductImport} checks the rules a product keeps). A
 * {@code null} is an empty cell; a column the file does not have is not in the
 * {@link ProductField} set passed beside the rows, and keeps the stored value.
 *
 * @param line the row's line in the file, for its problems
 * @param sku the SKU, which finds the product to update or names the new one
 * @param name the name
 * @param description the description
 * @param unit the unit
 * @param cost the cost
 * @param price the price
 * @param reorderPoint the reorder point
 * @param reorderQuantity the reorder quantity
 * @param active whether the product is active
 * @param barcode the barcode
 * @param categoryId the category's id
 */
public record ProductImportRow(long line, String sku, String name, String description, Unit unit, BigDecimal cost,
		BigDecimal price, Integer reorderPoint, Integer reorderQuantity, Boolean active, String barcode,
		Long categoryId) {
}
