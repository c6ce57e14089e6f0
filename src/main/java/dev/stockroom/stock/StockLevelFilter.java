package dev.stockroom.stock;

/**
 * The stock level list's filters.
 *
 * @param product only this product's levels
 * @param warehouse only this warehouse's levels
 * @param lowStock only levels whose available stock (on hand less reserved) is at or
 * below their reorder point (or, false, only those above it)
 */
public record StockLevelFilter(Long product, Long warehouse, Boolean lowStock) {
}
