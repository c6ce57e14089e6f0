package dev.stockroom.stock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to move stock. Which fields are needed depends on the type;
 * {@link ValidMovement} checks those cross-field rules and reports each beside its field.
 *
 * @param type what kind of movement
 * @param productId the product moved
 * @param warehouseId where (for a transfer: the source)
 * @param targetWarehouseId the destination of a transfer; empty for every other type
 * @param quantity above 0 for RECEIPT, ISSUE and TRANSFER; signed and non-zero for
 * ADJUSTMENT; the counted quantity (0 or more) for COUNT
 * @param reason why; required for ADJUSTMENT
 * @param reference an outside document (delivery note, order number)
 */
@ValidMovement
@Schema(example = """
		{"type": "RECEIPT", "productId": 1, "warehouseId": 1, "quantity": 250,
		"reason": "Delivery from Nordic Fasteners", "reference": "DN-2026-0412"}
		""")
public record MovementRequest(@NotNull MovementType type, @NotNull Long productId, @NotNull Long warehouseId,
		Long targetWarehouseId, @NotNull Integer quantity, @Size(max = 500) String reason,
		@Size(max = 100) String reference) {

	/** The largest quantity one movement may carry, far beyond any real delivery. */
	static final int MAX_QUANTITY = 1_000_000;

}
