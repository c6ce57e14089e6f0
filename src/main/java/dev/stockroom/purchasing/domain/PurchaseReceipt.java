package dev.stockroom.purchasing.domain;

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
 * One delivery taken in against a purchase order: which lines, how many, and the ledger
 * row each made. Written once, never changed.
 */
@Entity
@Table(name = "purchase_receipts")
public class PurchaseReceipt extends AbstractEntity {

	@Column(name = "order_id")
	private long orderId;

	@Column(name = "received_by")
	private String receivedBy;

	@Column(name = "received_at")
	private Instant receivedAt;

	@OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL)
	private List<PurchaseReceiptLine> lines = new ArrayList<>();

	protected PurchaseReceipt() {
	}

	public PurchaseReceipt(long orderId, String receivedBy, Instant receivedAt) {
		this.orderId = orderId;
		this.receivedBy = receivedBy;
		this.receivedAt = receivedAt;
	}

	public void add(long lineId, int quantity, long movementId) {
		this.lines.add(new PurchaseReceiptLine(this, lineId, quantity, movementId));
	}

	public long getOrderId() {
		return this.orderId;
	}

	public String getReceivedBy() {
		return this.receivedBy;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public List<PurchaseReceiptLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

}
