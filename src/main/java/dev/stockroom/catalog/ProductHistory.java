package dev.stockroom.catalog;

/**
 * Records another module keeps about a product that must outlive it: the stock module's
 * stock levels and ledger rows. The database refuses to delete a product they refer to;
 * {@link ProductService#delete} asks first, so that an expected refusal is a plain answer
 * rather than a failed SQL statement, which Hibernate would log as a warning. Catalog
 * states what it needs and the stock module provides it as a bean, as with
 * {@link ProductDetailSection}: the dependency points from stock to catalog.
 */
public interface ProductHistory {

	/**
	 * @param productId the product about to be deleted
	 * @return true if records of this product must be kept
	 */
	boolean exists(long productId);

}
