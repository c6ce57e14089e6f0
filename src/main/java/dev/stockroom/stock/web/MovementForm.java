package dev.stockroom.stock.web;

import java.util.List;

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

	/**
	 * The form a stock page opens with. A single choice is the obvious one, so it is
	 * preselected: the one product a search found (when no product was asked for), the
	 * one active warehouse (as the source; a transfer's destination must differ).
	 * @param productId the product asked for, or {@code null}
	 * @param q the product search, or {@code null}
	 * @param products the products offered
	 * @param warehouses the warehouses offered
	 * @return an otherwise empty form
	 */
	static MovementForm opening(Long productId, String q, List<StockChoices.Option> products,
			List<StockChoices.Option> warehouses) {
		boolean oneHit = q != null && !q.isBlank() && products.size() == 1;
		// Long.valueOf: a long on one side of ?: would unbox a null on the other.
		Long product = (productId == null && oneHit) ? Long.valueOf(products.get(0).id()) : productId;
		Long warehouse = (warehouses.size() == 1) ? Long.valueOf(warehouses.get(0).id()) : null;
		return new MovementForm(product, warehouse, null, null, null, null);
	}

	MovementRequest toRequest(MovementType type) {
		return new MovementRequest(type, this.productId, this.warehouseId, this.targetWarehouseId, this.quantity,
				this.reason, this.reference);
	}

}
