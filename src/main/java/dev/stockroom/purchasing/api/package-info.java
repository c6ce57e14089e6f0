/**
 * Purchasing's REST API: {@code /api/v1/purchase-orders} with their state changes,
 * receipts and PDF, and {@code /api/v1/reorder-suggestions}.
 */
package dev.stockroom.purchasing.api;
