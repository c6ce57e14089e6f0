/**
 * The stock module's REST API: {@code /api/v1/warehouses}, {@code /api/v1/stock/levels}
 * and {@code /api/v1/stock/movements}.
 */
package dev.stockroom.stock.api;
