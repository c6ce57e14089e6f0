package dev.stockroom.sales.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * One dispatch against a sales order: which lines, how many, and the ISSUE ledger row
 * each made. Written once, never changed.
 */
@Entity
@Table(name = "shipments")
public class Shipment extends AbstractEntity {

	@Column(name = "order_id")
	private long orderId;

	@Column(name = "shipped_by")
	private String shippedBy;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	@OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL)
	private List<ShipmentLine> lines = new ArrayList<>();

	protected Shipment() {
	}

	public Shipment(long orderId, String shippedBy, Instant shippedAt) {
		this.orderId = orderId;
		this.shippedBy = shippedBy;
		this.shippedAt = shippedAt;
	}

	public void add(long lineId, int quantity, long movementId) {
		this.lines.add(new ShipmentLine(this, lineId, quantity, movementId));
	}

	public long getOrderId() {
		return this.orderId;
	}

	public String getShippedBy() {
		return this.shippedBy;
	}

	public Instant getShippedAt() {
		return this.shippedAt;
	}

	public List<ShipmentLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

}
