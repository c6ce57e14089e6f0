/**
 * The dashboard: the start page's figures (products, stock value, low stock, today's
 * movements), the low-stock list with reorder suggestions, the latest movements and a
 * chart of receipts and issues. It reads through the catalog's and the stock module's
 * services and owns no data; no module depends on it.
 */
package dev.stockroom.dashboard;
