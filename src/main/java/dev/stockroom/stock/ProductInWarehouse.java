package dev.stockroom.stock;

/**
 * A product in a warehouse: what a stock level, a reorder suggestion and a quantity on
 * order are about.
 *
 * @param productId the product
 * @param warehouseId the warehouse
 */
public record ProductInWarehouse(long productId, long warehouseId) {
}
