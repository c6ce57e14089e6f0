package dev.stockroom.catalog;

import dev.stockroom.catalog.domain.Product;

/**
 * What other modules need to know about a product, without touching its entity.
 *
 * @param id the product's id
 * @param sku its stock-keeping unit
 * @param name its name
 * @param reorderPoint the on-hand quantity at or below which it needs reordering
 * @param reorderQuantity how much to order at a time
 * @param active whether it is still sold
 */
public record ProductSummary(long id, String sku, String name, int reorderPoint, int reorderQuantity, boolean active) {

	static ProductSummary of(Product product) {
		return new ProductSummary(product.getId(), product.getSku(), product.getName(), product.getReorderPoint(),
				product.getReorderQuantity(), product.isActive());
	}

}
