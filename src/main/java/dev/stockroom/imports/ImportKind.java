package dev.stockroom.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stockroom.catalog.ProductField;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.AccessRequirement.PermissionByType;
import dev.stockroom.platform.access.PermissionCode;

/**
 * What a file imports, and the columns it may have: named as the CSV exports name them (a
 * products export imports as it is), matched ignoring case, spaces, {@code _} and
 * {@code -} ({@code Reorder point} is {@code reorderPoint}).
 */
public enum ImportKind {

	/**
	 * Products, created or updated by SKU. Needs {@code product.add}; updating existing
	 * products also {@code product.change}, which the import checks for itself.
	 */
	PRODUCTS("products", PermissionCode.PRODUCT_ADD,
			Arrays.stream(ProductField.values()).map(ProductField::header).toList()),

	/**
	 * Stock counts: a COUNT movement per row, the product by SKU (or {@code productId}),
	 * the warehouse by code ({@code warehouse}, or {@code warehouseId}), and what was
	 * counted ({@code onHand}, as the stock levels export names it). Needs
	 * {@code stock.count}.
	 */
	STOCK_COUNTS("stock-counts", PermissionCode.STOCK_COUNT,
			List.of("sku", "productId", "warehouse", "warehouseId", "onHand"));

	/**
	 * The permission matrix's requirement for starting an import: the permission of the
	 * kind named in the request ({@code kind}).
	 */
	public static final PermissionByType PERMISSIONS = AccessRequirement.byType("import kind",
			Arrays.stream(values()).collect(Collectors.toMap(ImportKind::getName, ImportKind::permission)));

	private final String name;

	private final PermissionCode permission;

	private final List<String> fields;

	ImportKind(String name, PermissionCode permission, List<String> fields) {
		this.name = name;
		this.permission = permission;
		this.fields = fields;
	}

	/**
	 * @return the kind as the API names it, e.g. {@code stock-counts}
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * @return the permission starting an import of this kind needs
	 */
	public PermissionCode permission() {
		return this.permission;
	}

	/**
	 * @return the fields a column may be read as
	 */
	public List<String> fields() {
		return this.fields;
	}

	/**
	 * @param name a kind as the API names it
	 * @return the kind
	 */
	public static Optional<ImportKind> of(String name) {
		return Arrays.stream(values()).filter((kind) -> kind.name.equals(name)).findFirst();
	}

	/**
	 * @param header a column's header as the file writes it
	 * @return the field it names, if any
	 */
	public Optional<String> field(String header) {
		String key = key(header);
		if (this == STOCK_COUNTS && Set.of("counted", "count", "quantity").contains(key)) {
			return Optional.of("onHand");
		}
		return this.fields.stream().filter((field) -> key(field).equals(key)).findFirst();
	}

	/**
	 * @param mapped the fields the columns are read as
	 * @return why they are not enough, or empty when they are
	 */
	public Optional<String> missing(Set<String> mapped) {
		if (this == PRODUCTS) {
			return mapped.contains("sku") ? Optional.empty()
					: Optional.of("The file has no sku column: every product is found or created by its SKU");
		}
		if (!mapped.contains("sku") && !mapped.contains("productId")) {
			return Optional.of("The file has no sku column (or productId): each count needs its product");
		}
		if (!mapped.contains("warehouse") && !mapped.contains("warehouseId")) {
			return Optional.of("The file has no warehouse column (or warehouseId): each count needs its warehouse");
		}
		if (!mapped.contains("onHand")) {
			return Optional.of("The file has no onHand column: each row needs what was counted");
		}
		return Optional.empty();
	}

	private static String key(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
	}

}
