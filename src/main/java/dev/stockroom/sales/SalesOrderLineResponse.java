package dev.stockroom.sales;

import java.math.BigDecimal;

import dev.stockroom.sales.domain.SalesOrderLine;

/**
 * One line of a sales order as the API shows it.
 *
 * @param id the line's id, which a shipment names
 * @param productId the product
 * @param quantity how many were ordered
 * @param reserved how many the line holds in the order's warehouse, not yet shipped
 * @param shipped how many have gone
 * @param unitPrice what one sells for
 * @param amount quantity times unit price
 */
public record SalesOrderLineResponse(long id, long productId, int quantity, int reserved, int shipped,
		BigDecimal unitPrice, BigDecimal amount) {

	static SalesOrderLineResponse of(SalesOrderLine line) {
		return new SalesOrderLineResponse(line.getId(), line.getProductId(), line.getQuantity(), line.getReserved(),
				line.getShipped(), line.getUnitPrice(), line.amount());
	}

}
