package dev.stockroom.sales;

import java.time.Instant;
import java.util.List;

import dev.stockroom.stock.StockMovementResponse;

/**
 * A shipment as the API shows it: what went and the ISSUE ledger rows it made.
 *
 * @param id the shipment's id
 * @param orderId the order
 * @param orderNumber the order's number
 * @param orderStatus the order's state after the shipment
 * @param shippedBy who sent the goods
 * @param shippedAt when
 * @param lines what went of each order line
 * @param movements the ledger rows made, one per line, in the order of {@code lines}
 */
public record ShipmentResponse(long id, long orderId, String orderNumber, SalesOrderStatus orderStatus,
		String shippedBy, Instant shippedAt, List<Line> lines, List<StockMovementResponse> movements) {

	/**
	 * @param lineId the order line
	 * @param productId its product
	 * @param quantity how many went
	 * @param movementId the ledger row made
	 */
	public record Line(long lineId, long productId, int quantity, long movementId) {
	}

}
