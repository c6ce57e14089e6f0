package dev.stockroom.purchasing.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * One product on a purchase order: how many were ordered, received and cancelled. What is
 * neither received nor cancelled is open: on order, a backorder once part of the order
 * has come in. Changed only through its order, which checks the order's state.
 */
@Entity
@Table(name = "purchase_order_lines")
public class PurchaseOrderLine extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private PurchaseOrder order;

	private int position;

	@Column(name = "product_id")
	private long productId;

	private int quantity;

	private int received;

	private int cancelled;

	@Column(name = "unit_cost")
	private BigDecimal unitCost;

	protected PurchaseOrderLine() {
	}

	PurchaseOrderLine(PurchaseOrder order, int position, long productId, int quantity, BigDecimal unitCost) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("A line orders at least one");
		}
		if (unitCost == null || unitCost.signum() < 0) {
			throw new IllegalArgumentException("A line's unit cost is 0 or more");
		}
		this.order = order;
		this.position = position;
		this.productId = productId;
		this.quantity = quantity;
		this.unitCost = unitCost;
	}

	/**
	 * @return what is still to come: ordered, less received, less cancelled
	 */
	public int open() {
		return this.quantity - this.received - this.cancelled;
	}

	/**
	 * @return quantity times unit cost
	 */
	public BigDecimal amount() {
		return this.unitCost.multiply(BigDecimal.valueOf(this.quantity));
	}

	void receive(int count) {
		if (count <= 0 || count > open()) {
			throw new IllegalArgumentException("Receive 1 to " + open() + ", not " + count);
		}
		this.received += count;
	}

	void cancelOpen() {
		this.cancelled += open();
	}

	public PurchaseOrder getOrder() {
		return this.order;
	}

	public int getPosition() {
		return this.position;
	}

	public long getProductId() {
		return this.productId;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public int getReceived() {
		return this.received;
	}

	public int getCancelled() {
		return this.cancelled;
	}

	public BigDecimal getUnitCost() {
		return this.unitCost;
	}

}
