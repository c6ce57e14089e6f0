package dev.stockroom.catalog;

import java.util.Optional;

/**
 * What another module keeps about a product that stops it being deleted: the stock
 * module's ledger rows and stock levels refer to products, and history is never thrown
 * away. Like {@link ProductDetailSection}, catalog states what it needs and stock
 * provides the bean, so the dependency points from stock to catalog. Asked before a
 * delete, so the delete page can refuse up front and say why, and the delete itself
 * refuses without touching the database's foreign keys.
 */
public interface ProductDeleteBlocker {

	/**
	 * @param productId the product about to be deleted
	 * @return why it cannot be deleted, as the end of a sentence (e.g. {@code it has 12
	 * ledger rows and 40 on hand in 2 warehouses}), or empty when nothing here blocks it
	 */
	Optional<String> blocker(long productId);

}
