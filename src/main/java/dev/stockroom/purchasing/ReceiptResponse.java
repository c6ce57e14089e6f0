package dev.stockroom.purchasing;

import java.time.Instant;
import java.util.List;

import dev.stockroom.stock.StockMovementResponse;

/**
 * A receipt as the API shows it: what came in and the RECEIPT ledger rows it made.
 *
 * @param id the receipt's id
 * @param orderId the order
 * @param orderNumber the order's number
 * @param orderStatus the order's state after the receipt
 * @param receivedBy who took the goods in
 * @param receivedAt when
 * @param lines what came in of each order line
 * @param movements the ledger rows made, one per line, in the order of {@code lines}
 */
public record ReceiptResponse(long id, long orderId, String orderNumber, PurchaseOrderStatus orderStatus,
		String receivedBy, Instant receivedAt, List<Line> lines, List<StockMovementResponse> movements) {

	/**
	 * @param lineId the order line
	 * @param productId its product
	 * @param quantity how many came in
	 * @param movementId the ledger row made
	 */
	public record Line(long lineId, long productId, int quantity, long movementId) {
	}

}
