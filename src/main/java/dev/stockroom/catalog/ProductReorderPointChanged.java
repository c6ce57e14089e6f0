package dev.stockroom.catalog;

/**
 * A product's reorder point was set to a new value. Published inside the transaction that
 * changed it, so a listener that keeps a copy updates it atomically with the product.
 *
 * @param productId the product
 * @param reorderPoint its new reorder point
 */
public record ProductReorderPointChanged(long productId, int reorderPoint) {
}
