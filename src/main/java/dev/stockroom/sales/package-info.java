/**
 * Sales: sales orders that reserve stock when confirmed, shipments that issue it, and the
 * packing slip. This base package is the module's API:
 * {@link dev.stockroom.sales.SalesOrderService}, the
 * {@link dev.stockroom.sales.SalesOrderShipped} event and the request and answer records.
 * It depends on catalog and stock (its reservations and ledger), never the other way
 * round, and provides the catalog's {@code ProductDeleteBlocker}. The rooms:
 * {@code domain} (entities and repositories), {@code api} (REST), {@code web} (pages) and
 * {@code admin}.
 */
package dev.stockroom.sales;
