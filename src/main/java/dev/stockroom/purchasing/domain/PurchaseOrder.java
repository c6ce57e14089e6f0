package dev.stockroom.purchasing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.jpa.AuditableEntity;
import dev.stockroom.purchasing.PurchaseOrderStatus;

/**
 * A purchase order and its lines, guarding its own state machine (restbucks' rule: the
 * entity refuses what its state does not allow, whoever asks):
 *
 * <pre>
 * DRAFT --place--> PLACED --receive--> PARTIALLY_RECEIVED --receive all--> RECEIVED
 *   |                 |                        |
 *   +----cancel-------+--------cancel----------+--> CANCELLED
 * </pre>
 *
 * Only a draft's fields and lines change; only an open order ({@code PLACED} or
 * {@code PARTIALLY_RECEIVED}) takes receipts, and never more of a line than is open;
 * cancelling an open order cancels what is open and keeps what was received. Refusals are
 * {@link OrderStateException} and {@link ReceiptExceedsOpenException} (409s), thrown
 * before anything changes.
 */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder extends AuditableEntity {

	private String number;

	@Column(name = "supplier_id")
	private long supplierId;

	@Column(name = "warehouse_id")
	private long warehouseId;

	@Enumerated(EnumType.STRING)
	private PurchaseOrderStatus status;

	@Column(name = "expected_date")
	private LocalDate expectedDate;

	private String notes;

	@Column(name = "placed_at")
	private Instant placedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PurchaseOrderLine> lines = new ArrayList<>();

	protected PurchaseOrder() {
	}

	/**
	 * A new draft, without lines.
	 * @param number the order's number, e.g. {@code PO-000042}
	 * @param createdBy who wrote it
	 */
	public PurchaseOrder(String number, String createdBy) {
		this.number = number;
		this.createdBy = createdBy;
		this.status = PurchaseOrderStatus.DRAFT;
	}

	/**
	 * Sets a draft's header fields.
	 * @throws OrderStateException unless the order is a draft
	 */
	public void describe(long supplierId, long warehouseId, LocalDate expectedDate, String notes) {
		requireDraft("only a draft can be edited");
		this.supplierId = supplierId;
		this.warehouseId = warehouseId;
		this.expectedDate = expectedDate;
		this.notes = (notes == null || notes.isBlank()) ? null : notes.strip();
	}

	/**
	 * Replaces a draft's lines.
	 * @param lines the new lines, in order
	 * @throws OrderStateException unless the order is a draft
	 */
	public void replaceLines(List<NewLine> lines) {
		requireDraft("only a draft's lines can change");
		this.lines.clear();
		for (NewLine line : lines) {
			this.lines.add(new PurchaseOrderLine(this, this.lines.size(), line.productId(), line.quantity(),
					line.unitCost().setScale(2, RoundingMode.HALF_UP)));
		}
	}

	/**
	 * Sends the order to the supplier: everything on it is now on order.
	 * @param now when
	 * @throws OrderStateException unless the order is a draft with at least one line
	 */
	public void place(Instant now) {
		requireDraft("only a draft can be placed");
		if (this.lines.isEmpty()) {
			throw new OrderStateException(this.number, this.status, "an order without lines cannot be placed");
		}
		this.status = PurchaseOrderStatus.PLACED;
		this.placedAt = now;
	}

	/**
	 * Calls the order off: a draft simply ends; an open order's open quantities are
	 * cancelled and what was received stays.
	 * @param now when
	 * @throws OrderStateException when the order is received or cancelled already
	 */
	public void cancel(Instant now) {
		if (this.status != PurchaseOrderStatus.DRAFT && !this.status.isOpen()) {
			throw new OrderStateException(this.number, this.status, "only a draft or an open order can be cancelled");
		}
		this.lines.forEach(PurchaseOrderLine::cancelOpen);
		this.status = PurchaseOrderStatus.CANCELLED;
		this.closedAt = now;
	}

	/**
	 * Takes goods in: checks every line of the receipt first and changes nothing unless
	 * all of it fits, then adds each to its line and moves the order on.
	 * @param quantities how many of each line (by line id) came in
	 * @param now when
	 * @throws OrderStateException unless the order is open
	 * @throws ReferenceNotFoundException when a line id is not one of this order's lines
	 * (422)
	 * @throws ReceiptExceedsOpenException when a quantity is more than its line has open
	 * (409)
	 */
	public void receive(Map<Long, Integer> quantities, Instant now) {
		if (!this.status.isOpen()) {
			throw new OrderStateException(this.number, this.status, "only a placed order can be received");
		}
		if (quantities.isEmpty()) {
			throw new IllegalArgumentException("A receipt takes in at least one line");
		}
		quantities.forEach((lineId, quantity) -> {
			PurchaseOrderLine line = line(lineId)
				.orElseThrow(() -> new ReferenceNotFoundException("lines", "Line of order " + this.number, lineId));
			if (quantity == null || quantity <= 0) {
				throw new IllegalArgumentException("A receipt line takes in at least one");
			}
			if (quantity > line.open()) {
				throw new ReceiptExceedsOpenException(lineId, line.open(), quantity);
			}
		});
		quantities.forEach((lineId, quantity) -> line(lineId).orElseThrow().receive(quantity));
		if (this.lines.stream().allMatch((line) -> line.open() == 0)) {
			this.status = PurchaseOrderStatus.RECEIVED;
			this.closedAt = now;
		}
		else {
			this.status = PurchaseOrderStatus.PARTIALLY_RECEIVED;
		}
	}

	/**
	 * @throws OrderStateException unless the order is a draft: a placed order is part of
	 * the record and is cancelled instead
	 */
	public void checkDeletable() {
		requireDraft("only a draft can be deleted; cancel a placed order instead");
	}

	/**
	 * @return the sum of the lines' quantity times unit cost
	 */
	public BigDecimal total() {
		return this.lines.stream()
			.map(PurchaseOrderLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
	}

	public Optional<PurchaseOrderLine> line(long lineId) {
		return this.lines.stream().filter((line) -> line.getId() != null && line.getId() == lineId).findFirst();
	}

	private void requireDraft(String refused) {
		if (this.status != PurchaseOrderStatus.DRAFT) {
			throw new OrderStateException(this.number, this.status, refused);
		}
	}

	public String getNumber() {
		return this.number;
	}

	public long getSupplierId() {
		return this.supplierId;
	}

	public long getWarehouseId() {
		return this.warehouseId;
	}

	public PurchaseOrderStatus getStatus() {
		return this.status;
	}

	public LocalDate getExpectedDate() {
		return this.expectedDate;
	}

	public String getNotes() {
		return this.notes;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public List<PurchaseOrderLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

	/**
	 * A line as a draft is given it.
	 *
	 * @param productId the product
	 * @param quantity how many, above 0
	 * @param unitCost what one costs, 0 or more
	 */
	public record NewLine(long productId, int quantity, BigDecimal unitCost) {
	}

}
