package dev.stockroom.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AbstractEntity;

/** How many of one order line a shipment sent, and the ISSUE ledger row it made. */
@Entity
@Table(name = "shipment_lines")
public class ShipmentLine extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "shipment_id")
	private Shipment shipment;

	@Column(name = "line_id")
	private long lineId;

	private int quantity;

	@Column(name = "movement_id")
	private long movementId;

	protected ShipmentLine() {
	}

	ShipmentLine(Shipment shipment, long lineId, int quantity, long movementId) {
		this.shipment = shipment;
		this.lineId = lineId;
		this.quantity = quantity;
		this.movementId = movementId;
	}

	public long getLineId() {
		return this.lineId;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public long getMovementId() {
		return this.movementId;
	}

}
