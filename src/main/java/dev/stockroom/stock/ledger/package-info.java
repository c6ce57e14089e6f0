/**
 * The ledger's data: warehouses, stock levels and the append-only ledger rows (JPA
 * entities whose methods guard the rules), their repositories, the copy of each product's
 * reorder point, the audit that checks the rows against the levels
 * ({@code check-ledger}), and the answer to catalog's question whether a product has
 * stock history ({@code ProductStockHistory}). Internal to the stock module: other
 * modules go through the services in {@link dev.stockroom.stock}.
 */
package dev.stockroom.stock.ledger;
