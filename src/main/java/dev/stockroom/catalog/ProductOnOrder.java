package dev.stockroom.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * What purchase orders will still bring of a product: the open quantity of placed orders,
 * over every warehouse. Purchasing depends on the catalog, so the catalog states what it
 * needs here and the purchasing module provides it as a bean, as the stock module does
 * for {@link ProductDetailSection}. The product's cached detail carries the figure, so
 * the provider evicts it ({@link ProductService#evictDetails}) whenever the figure
 * changes.
 */
public interface ProductOnOrder {

	/**
	 * @param productIds products
	 * @return the open quantity on order of each, read for all at once; a product with
	 * nothing on order may be missing
	 */
	Map<Long, Integer> quantities(Collection<Long> productIds);

}
