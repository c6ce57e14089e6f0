package dev.stockroom.stock.admin;

import java.util.HashMap;
import java.util.Map;

import dev.stockroom.admin.Column;
import dev.stockroom.catalog.ProductService;

/**
 * The product of a stock row by SKU: the product lives in the catalog (referred to by
 * id), so the SKU is a computed column, one batched catalog call per page.
 */
final class ProductSkuColumn {

	private ProductSkuColumn() {
	}

	/**
	 * @param products the catalog's service
	 * @return the column {@code product}, read from each row's {@code productId}
	 */
	static Column of(ProductService products) {
		return Column.computed("product", "Product", (rows) -> {
			Map<Long, Long> productOf = new HashMap<>();
			rows.forEach((row) -> productOf.put(row.id(), (Long) row.get("productId")));
			Map<Long, String> skus = new HashMap<>();
			products.summaries(productOf.values()).forEach((id, summary) -> skus.put(id, summary.sku()));
			Map<Long, String> byRow = new HashMap<>();
			productOf.forEach((row, product) -> byRow.put(row, skus.getOrDefault(product, "#" + product)));
			return byRow;
		});
	}

}
