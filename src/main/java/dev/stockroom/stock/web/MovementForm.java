package dev.stockroom.stock.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;

/**
 * What the stock forms send. The field names are {@link MovementRequest}'s, so the
 * request's cross-field rules ({@code @ValidMovement}: source and destination differ, an
 * adjustment has a reason and is not zero, a count is 0 or more) and the service's errors
 * name the same fields the form shows. The movement type is not a field: it comes from
 * the form's path.
 *
 * @param productId the product
 * @param warehouseId the warehouse (for a transfer: the source)
 * @param targetWarehouseId the destination of a transfer
 * @param quantity how many (an adjustment: signed; a count: what was counted)
 * @param reason why
 * @param reference an outside document
 */
record MovementForm(@NotNull Long productId, @NotNull Long warehouseId, Long targetWarehouseId,
		@NotNull Integer quantity, @Size(max = 500) String reason, @Size(max = 100) String reference) {

	static MovementForm empty(Long productId) {
		return new MovementForm(productId, null, null, null, null, null);
	}

	MovementRequest toRequest(MovementType type) {
		return new MovementRequest(type, this.productId, this.warehouseId, this.targetWarehouseId, this.quantity,
				this.reason, this.reference);
	}

}
