/**
 * Sales' REST API: {@code /api/v1/sales-orders} with their state changes, shipments and
 * packing slip.
 */
package dev.stockroom.sales.api;
