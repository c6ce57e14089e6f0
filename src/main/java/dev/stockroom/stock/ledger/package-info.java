/**
 * The ledger's data: warehouses, stock levels and the append-only ledger rows (JPA
 * entities whose methods guard the rules), their repositories, the copy of each product's
 * reorder point, and the audit that checks the rows against the levels
 * ({@code check-ledger}). Internal to the stock module: other modules go through the
 * services in {@link dev.stockroom.stock}.
 */
package dev.stockroom.stock.ledger;
