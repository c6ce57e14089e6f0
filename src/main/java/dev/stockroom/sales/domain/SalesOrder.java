package dev.stockroom.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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
import dev.stockroom.sales.SalesOrderStatus;

/**
 * A sales order and its lines, guarding its own state machine (restbucks' rule: the
 * entity refuses what its state does not allow, whoever asks):
 *
 * <pre>
 * DRAFT --confirm--> CONFIRMED --ship--> PARTIALLY_SHIPPED --ship the rest--> SHIPPED
 *   |                    |
 *   +------cancel--------+--> CANCELLED   (refused once anything has shipped)
 * </pre>
 *
 * A line's {@code reserved} is what it holds in the order's warehouse and has not
 * shipped: confirming sets it to the line's quantity, shipping moves it to
 * {@code shipped}, cancelling drops it to 0. The entity only keeps these counts; the
 * stock module's reservations on the stock level are changed by the service in the same
 * transaction, from what these methods return. Refusals
 * ({@link SalesOrderStateException}, {@link ShipmentExceedsReservedException}) come
 * before anything changes.
 */
@Entity
@Table(name = "sales_orders")
public class SalesOrder extends AuditableEntity {

	private String number;

	@Column(name = "customer_name")
	private String customerName;

	@Column(name = "customer_email")
	private String customerEmail;

	@Column(name = "customer_address")
	private String customerAddress;

	@Column(name = "warehouse_id")
	private long warehouseId;

	@Enumerated(EnumType.STRING)
	private SalesOrderStatus status;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<SalesOrderLine> lines = new ArrayList<>();

	protected SalesOrder() {
	}

	/**
	 * A new draft, without lines.
	 * @param number the order's number, e.g. {@code SO-000042}
	 * @param createdBy who wrote it
	 */
	public SalesOrder(String number, String createdBy) {
		this.number = number;
		this.createdBy = createdBy;
		this.status = SalesOrderStatus.DRAFT;
	}

	/**
	 * Sets a draft's customer and warehouse.
	 * @throws SalesOrderStateException unless the order is a draft
	 */
	public void describe(String customerName, String customerEmail, String customerAddress, long warehouseId) {
		requireDraft("only a draft can be edited");
		this.customerName = customerName.strip();
		this.customerEmail = blankToNull(customerEmail);
		this.customerAddress = blankToNull(customerAddress);
		this.warehouseId = warehouseId;
	}

	/**
	 * Replaces a draft's lines.
	 * @throws SalesOrderStateException unless the order is a draft
	 */
	public void replaceLines(List<NewLine> lines) {
		requireDraft("only a draft's lines can change");
		this.lines.clear();
		for (NewLine line : lines) {
			this.lines.add(new SalesOrderLine(this, this.lines.size(), line.productId(), line.quantity(),
					line.unitPrice().setScale(2, RoundingMode.HALF_UP)));
		}
	}

	/**
	 * Commits to the customer: every line reserves its whole quantity. The caller
	 * reserves the same quantities on the stock levels in the same transaction (all or
	 * nothing).
	 * @param now when
	 * @return the lines, each now holding its quantity reserved
	 * @throws SalesOrderStateException unless the order is a draft with at least one line
	 */
	public List<SalesOrderLine> confirm(Instant now) {
		requireDraft("only a draft can be confirmed");
		if (this.lines.isEmpty()) {
			throw new SalesOrderStateException(this.number, this.status, "an order without lines cannot be confirmed");
		}
		this.lines.forEach(SalesOrderLine::reserveAll);
		this.status = SalesOrderStatus.CONFIRMED;
		this.confirmedAt = now;
		return getLines();
	}

	/**
	 * Calls the order off. A draft simply ends; a confirmed order gives back everything
	 * it reserved.
	 * @param now when
	 * @return how much each line gave back, by line (only lines that held something); the
	 * caller releases the same on the stock levels
	 * @throws SalesOrderStateException once anything has shipped, or when cancelled
	 * already
	 */
	public Map<SalesOrderLine, Integer> cancel(Instant now) {
		if (this.status != SalesOrderStatus.DRAFT && this.status != SalesOrderStatus.CONFIRMED) {
			throw new SalesOrderStateException(this.number, this.status,
					"only a draft or a confirmed order with nothing shipped can be cancelled");
		}
		Map<SalesOrderLine, Integer> released = new java.util.LinkedHashMap<>();
		for (SalesOrderLine line : this.lines) {
			int given = line.releaseAll();
			if (given > 0) {
				released.put(line, given);
			}
		}
		this.status = SalesOrderStatus.CANCELLED;
		this.closedAt = now;
		return released;
	}

	/**
	 * Sends goods: checks every line of the shipment first and changes nothing unless all
	 * of it fits what the lines hold reserved, then moves each from reserved to shipped
	 * and moves the order on.
	 * @param quantities how many of each line (by line id) go
	 * @param now when
	 * @throws SalesOrderStateException unless the order is confirmed or partly shipped
	 * @throws ReferenceNotFoundException when a line id is not one of this order's lines
	 * (422)
	 * @throws ShipmentExceedsReservedException when a quantity is more than its line has
	 * left to ship (409)
	 */
	public void ship(Map<Long, Integer> quantities, Instant now) {
		if (!this.status.isOpen()) {
			throw new SalesOrderStateException(this.number, this.status, "only a confirmed order can be shipped");
		}
		if (quantities.isEmpty()) {
			throw new IllegalArgumentException("A shipment sends at least one line");
		}
		quantities.forEach((lineId, quantity) -> {
			SalesOrderLine line = line(lineId)
				.orElseThrow(() -> new ReferenceNotFoundException("lines", "Line of order " + this.number, lineId));
			if (quantity == null || quantity <= 0) {
				throw new IllegalArgumentException("A shipment line sends at least one");
			}
			if (quantity > line.getReserved()) {
				throw new ShipmentExceedsReservedException(lineId, line.getReserved(), quantity);
			}
		});
		quantities.forEach((lineId, quantity) -> line(lineId).orElseThrow().ship(quantity));
		if (this.lines.stream().allMatch((line) -> line.outstanding() == 0)) {
			this.status = SalesOrderStatus.SHIPPED;
			this.closedAt = now;
		}
		else {
			this.status = SalesOrderStatus.PARTIALLY_SHIPPED;
		}
	}

	/**
	 * @throws SalesOrderStateException unless the order is a draft: a confirmed order
	 * holds stock and is cancelled instead
	 */
	public void checkDeletable() {
		requireDraft("only a draft can be deleted; cancel a confirmed order instead");
	}

	/**
	 * @return the sum of the lines' quantity times unit price
	 */
	public BigDecimal total() {
		return this.lines.stream()
			.map(SalesOrderLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
	}

	public Optional<SalesOrderLine> line(long lineId) {
		return this.lines.stream().filter((line) -> line.getId() != null && line.getId() == lineId).findFirst();
	}

	private void requireDraft(String refused) {
		if (this.status != SalesOrderStatus.DRAFT) {
			throw new SalesOrderStateException(this.number, this.status, refused);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getNumber() {
		return this.number;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public String getCustomerEmail() {
		return this.customerEmail;
	}

	public String getCustomerAddress() {
		return this.customerAddress;
	}

	public long getWarehouseId() {
		return this.warehouseId;
	}

	public SalesOrderStatus getStatus() {
		return this.status;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public List<SalesOrderLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

	/**
	 * A line as a draft is given it.
	 *
	 * @param productId the product
	 * @param quantity how many, above 0
	 * @param unitPrice what one sells for, 0 or more
	 */
	public record NewLine(long productId, int quantity, BigDecimal unitPrice) {
	}

}
