package dev.stockroom.stock;

import java.time.Instant;
import java.util.UUID;

import dev.stockroom.stock.ledger.StockMovement;

/**
 * One ledger row as the API shows it.
 *
 * @param sequence the row's number in its product and warehouse's chain: 1, 2, 3... in
 * the order the rows were applied
 */
public record StockMovementResponse(long id, MovementType type, long productId, long warehouseId, long sequence,
		int quantityChange, int resultingQuantity, String reason, String reference, UUID transferId,
		Long counterpartWarehouseId, String createdBy, Instant createdAt) {

	/**
	 * How pages name a ledger row: by its number in its product and warehouse's chain,
	 * which a user can find again in that chain, not by its row id, which means nothing
	 * to them.
	 * @param sequence the row's number in its chain
	 * @param warehouseCode the code of the row's warehouse
	 * @return e.g. {@code #12 at MAIN}
	 */
	public static String entryName(long sequence, String warehouseCode) {
		return "#" + sequence + " at " + warehouseCode;
	}

	static StockMovementResponse of(StockMovement movement) {
		return new StockMovementResponse(movement.getId(), movement.getType(), movement.getProductId(),
				movement.getWarehouseId(), movement.getSequenceNo(), movement.getQuantityChange(),
				movement.getResultingQuantity(), movement.getReason(), movement.getReference(),
				movement.getTransferId(), movement.getCounterpartWarehouseId(), movement.getCreatedBy(),
				movement.getCreatedAt());
	}

}
