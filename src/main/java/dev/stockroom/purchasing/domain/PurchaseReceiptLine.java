package dev.stockroom.purchasing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AbstractEntity;

/** How many of one order line a receipt took in, and the RECEIPT ledger row it made. */
@Entity
@Table(name = "purchase_receipt_lines")
public class PurchaseReceiptLine extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "receipt_id")
	private PurchaseReceipt receipt;

	@Column(name = "line_id")
	private long lineId;

	private int quantity;

	@Column(name = "movement_id")
	private long movementId;

	protected PurchaseReceiptLine() {
	}

	PurchaseReceiptLine(PurchaseReceipt receipt, long lineId, int quantity, long movementId) {
		this.receipt = receipt;
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
