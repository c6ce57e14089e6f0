/**
 * Purchasing: purchase orders with partial receipts and backorders, what is on order, and
 * drafts made from reorder suggestions. This base package is the module's API:
 * {@link dev.stockroom.purchasing.PurchaseOrderService}, the
 * {@link dev.stockroom.purchasing.PurchaseOrderReceived} event and the request and answer
 * records. It provides the stock module's {@code QuantityOnOrder} and the catalog's
 * {@code ProductOnOrder} and {@code ProductDetailSection}, and depends on catalog and
 * stock, never the other way round. The rooms: {@code domain} (entities and
 * repositories), {@code api} (REST), {@code web} (pages) and {@code admin}.
 */
package dev.stockroom.purchasing;
