package dev.stockroom.stock;

import java.util.Collection;
import java.util.Map;

/**
 * What purchase orders will still bring into each warehouse: the open quantity of placed
 * orders. Purchasing depends on stock (its receipts are ledger rows), so stock cannot ask
 * purchasing; it states what it needs here and the purchasing module provides it as a
 * bean, as the stock module does for the catalog's {@code ProductDetailSection}. Without
 * such a bean nothing is on order.
 */
public interface QuantityOnOrder {

	/**
	 * @param levels the products in warehouses asked about
	 * @return the open quantity of each, read for all at once; one with nothing on order
	 * may be missing
	 */
	Map<ProductInWarehouse, Integer> onOrder(Collection<ProductInWarehouse> levels);

}
