package dev.stockroom.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.stockroom.purchasing.domain.PurchaseOrder;

/**
 * A purchase order as the API shows it.
 *
 * @param number the order's number, e.g. {@code PO-000042}, which its RECEIPT ledger rows
 * name in their reference
 * @param total the sum of the lines' amounts
 * @param placedAt when it was placed
 * @param closedAt when it was received in full or cancelled
 */
public record PurchaseOrderResponse(long id, String number, PurchaseOrderStatus status, long supplierId,
		long warehouseId, LocalDate expectedDate, String notes, List<PurchaseOrderLineResponse> lines, BigDecimal total,
		Instant placedAt, Instant closedAt, String createdBy, long version, Instant createdAt, Instant updatedAt) {

	static PurchaseOrderResponse of(PurchaseOrder order) {
		return new PurchaseOrderResponse(order.getId(), order.getNumber(), order.getStatus(), order.getSupplierId(),
				order.getWarehouseId(), order.getExpectedDate(), order.getNotes(),
				order.getLines().stream().map(PurchaseOrderLineResponse::of).toList(), order.total(),
				order.getPlacedAt(), order.getClosedAt(), order.getCreatedBy(), order.getVersion(),
				order.getCreatedAt(), order.getUpdatedAt());
	}

	/**
	 * @return how many are still to come over every line
	 */
	public int open() {
		return this.lines.stream().mapToInt(PurchaseOrderLineResponse::open).sum();
	}

}
