package dev.stockroom.purchasing;

import java.util.List;

/**
 * Goods came in against a purchase order: a receipt was recorded and its RECEIPT ledger
 * rows made. Published inside the receipt's transaction.
 *
 * @param orderId the order
 * @param number the order's number
 * @param receiptId the receipt
 * @param warehouseId where the goods went
 * @param productIds the products received
 * @param status the order's state after the receipt ({@code RECEIVED} once nothing is
 * open)
 */
public record PurchaseOrderReceived(long orderId, String number, long receiptId, long warehouseId,
		List<Long> productIds, PurchaseOrderStatus status) {

	public PurchaseOrderReceived {
		productIds = List.copyOf(productIds);
	}

}
