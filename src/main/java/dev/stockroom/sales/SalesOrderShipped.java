package dev.stockroom.sales;

import java.util.List;

/**
 * Goods went out against a sales order: a shipment was recorded and its ISSUE ledger rows
 * made. Published inside the shipment's transaction.
 *
 * @param orderId the order
 * @param number the order's number
 * @param shipmentId the shipment
 * @param warehouseId where the goods went from
 * @param productIds the products shipped
 * @param status the order's state after the shipment ({@code SHIPPED} once nothing is
 * left)
 */
public record SalesOrderShipped(long orderId, String number, long shipmentId, long warehouseId, List<Long> productIds,
		SalesOrderStatus status) {

	public SalesOrderShipped {
		productIds = List.copyOf(productIds);
	}

}
