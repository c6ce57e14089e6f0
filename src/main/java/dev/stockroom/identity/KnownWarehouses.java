package dev.stockroom.identity;

/**
 * Whether a warehouse exists, for a profile's default warehouse. Warehouses are the stock
 * module's, which depends on identity; identity must not depend on it. So identity states
 * the question and the stock module answers it as a bean. Asked before saving, so that a
 * mistyped id is a plain answer beside the field rather than a failed SQL statement,
 * which Hibernate would log as a warning (the foreign key still guards the rare race).
 */
public interface KnownWarehouses {

	/**
	 * @param warehouseId the id a user gave
	 * @return true if a warehouse has this id
	 */
	boolean exists(long warehouseId);

}
