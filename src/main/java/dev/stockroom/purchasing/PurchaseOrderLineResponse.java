package dev.stockroom.purchasing;

import java.math.BigDecimal;

import dev.stockroom.purchasing.domain.PurchaseOrderLine;

/**
 * One line of a purchase order as the API shows it.
 *
 * @param id the line's id, which a receipt names
 * @param productId the product
 * @param quantity how many were ordered
 * @param received how many came in
 * @param cancelled how many were called off with the order
 * @param open how many are still to come: quantity - received - cancelled
 * @param unitCost what one costs
 * @param amount quantity times unit cost
 */
public record PurchaseOrderLineResponse(long id, long productId, int quantity, int received, int cancelled, int open,
		BigDecimal unitCost, BigDecimal amount) {

	static PurchaseOrderLineResponse of(PurchaseOrderLine line) {
		return new PurchaseOrderLineResponse(line.getId(), line.getProductId(), line.getQuantity(), line.getReceived(),
				line.getCancelled(), line.open(), line.getUnitCost(), line.amount());
	}

}
