package dev.stockroom.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The product fields a CSV import can set, each under the header the product CSV export
 * writes ({@code reorderPoint}), so that an exported file imports as it is. The export's
 * {@code id} and timestamps are the database's, not importable; {@code tags} is not
 * imported yet.
 */
public enum ProductField {

	SKU("sku"), NAME("name"), DESCRIPTION("description"), UNIT("unit"), COST("cost"), PRICE("price"),
	REORDER_POINT("reorderPoint"), REORDER_QUANTITY("reorderQuantity"), ACTIVE("active"), BARCODE("barcode"),
	CATEGORY_ID("categoryId");

	private final String header;

	ProductField(String header) {
		this.header = header;
	}

	/**
	 * @return the header of the export's column, e.g. {@code reorderPoint}
	 */
	public String header() {
		return this.header;
	}

	/**
	 * @param header a header as the export writes it, in any case
	 * @return the field
	 */
	public static Optional<ProductField> ofHeader(String header) {
		return Arrays.stream(values())
			.filter((field) -> field.header.toLowerCase(Locale.ROOT).equals(header.toLowerCase(Locale.ROOT)))
			.findFirst();
	}

}
