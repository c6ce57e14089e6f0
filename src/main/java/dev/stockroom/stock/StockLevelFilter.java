package dev.stockroom.stock;

/**
 * The stock level list's filters.
 *
 * @param product only this product's levels
 * @param warehouse only this warehouse's levels
 * @param lowStock only levels at or below their reorder point
 */
public record StockLevelFilter(Long product, Long warehouse, Boolean lowStock) {
}
