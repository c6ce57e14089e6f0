/**
 * Stock: warehouses, a stock level per product and warehouse, and the append-only
 * movement ledger. Every change of stock goes through
 * {@link dev.stockroom.stock.StockService#record}, which locks the stock levels it
 * touches, applies the entity's rules and appends ledger rows in one transaction.
 * Products are referred to by id; the catalog is asked whether they exist.
 */
package dev.stockroom.stock;
