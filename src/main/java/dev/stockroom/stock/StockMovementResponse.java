package dev.stockroom.stock;

import java.time.Instant;
import java.util.UUID;

/** One ledger row as the API shows it. */
public record StockMovementResponse(long id, MovementType type, long productId, long warehouseId, int quantityChange,
		int resultingQuantity, String reason, String reference, UUID transferId, Long counterpartWarehouseId,
		String createdBy, Instant createdAt) {

	static StockMovementResponse of(StockMovement movement) {
		return new StockMovementResponse(movement.getId(), movement.getType(), movement.getProductId(),
				movement.getWarehouseId(), movement.getQuantityChange(), movement.getResultingQuantity(),
				movement.getReason(), movement.getReference(), movement.getTransferId(),
				movement.getCounterpartWarehouseId(), movement.getCreatedBy(), movement.getCreatedAt());
	}

}
