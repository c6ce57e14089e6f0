package dev.stockroom.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The on-hand totals the product list shows beside each product. Stock levels belong to
 * the stock module, which depends on the catalog; the catalog must not depend on it. So
 * the catalog states what it needs here and the stock module provides it as a bean, as it
 * does for {@link ProductDetailSection}.
 */
public interface ProductOnHand {

	/**
	 * @param productIds the products a list page shows
	 * @return each product's on-hand quantity over every warehouse, read for the whole
	 * page at once (a product without stock is missing); empty when the signed-in user
	 * may not read stock
	 */
	Optional<Map<Long, Integer>> totals(Collection<Long> productIds);

}
