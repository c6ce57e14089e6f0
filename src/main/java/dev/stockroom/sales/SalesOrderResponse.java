package dev.stockroom.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.stockroom.sales.domain.SalesOrder;

/**
 * A sales order as the API shows it.
 *
 * @param number the order's number, e.g. {@code SO-000042}, which its ISSUE ledger rows
 * name in their reference
 * @param total the sum of the lines' amounts
 * @param confirmedAt when it was confirmed (its stock reserved)
 * @param closedAt when it was shipped in full or cancelled
 */
public record SalesOrderResponse(long id, String number, SalesOrderStatus status, Customer customer, long warehouseId,
		List<SalesOrderLineResponse> lines, BigDecimal total, Instant confirmedAt, Instant closedAt, String createdBy,
		long version, Instant createdAt, Instant updatedAt) {

	static SalesOrderResponse of(SalesOrder order) {
		return new SalesOrderResponse(order.getId(), order.getNumber(), order.getStatus(),
				new Customer(order.getCustomerName(), order.getCustomerEmail(), order.getCustomerAddress()),
				order.getWarehouseId(), order.getLines().stream().map(SalesOrderLineResponse::of).toList(),
				order.total(), order.getConfirmedAt(), order.getClosedAt(), order.getCreatedBy(), order.getVersion(),
				order.getCreatedAt(), order.getUpdatedAt());
	}

	/**
	 * @return how many units the order holds reserved over every line
	 */
	public int reserved() {
		return this.lines.stream().mapToInt(SalesOrderLineResponse::reserved).sum();
	}

	/**
	 * @return how many units have shipped over every line
	 */
	public int shipped() {
		return this.lines.stream().mapToInt(SalesOrderLineResponse::shipped).sum();
	}

}
