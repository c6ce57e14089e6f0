/**
 * Stock: warehouses, a stock level per product and warehouse, and the append-only
 * movement ledger. This package is the module's API:
 * {@link dev.stockroom.stock.StockLedger} (every change of stock),
 * {@link dev.stockroom.stock.StockQueries} (its reads),
 * {@link dev.stockroom.stock.WarehouseService}, the
 * {@link dev.stockroom.stock.StockMoved} event and the request and response records. The
 * entities and repositories are in {@code ledger}, the pages in {@code web}, the REST
 * controllers in {@code api}. Products are referred to by id; the catalog is asked
 * whether they exist.
 */
package dev.stockroom.stock;
