package dev.stockroom.purchasing;

/**
 * Where a purchase order is in its life. {@code DRAFT} is edited freely and may be
 * deleted; {@code place} makes it {@code PLACED}; receipts make it
 * {@code PARTIALLY_RECEIVED} and, once nothing is open, {@code RECEIVED}; {@code cancel}
 * makes a draft or an open order {@code CANCELLED}, keeping what was received. The entity
 * ({@code domain.PurchaseOrder}) guards the moves; docs/ORDERS.md draws them.
 */
public enum PurchaseOrderStatus {

	/** Being written: lines may change, nothing is on order yet. */
	DRAFT,

	/** Sent to the supplier: every line is open, on order. */
	PLACED,

	/** Some goods have come in; the rest is open (a backorder). */
	PARTIALLY_RECEIVED,

	/** Everything ordered has come in. */
	RECEIVED,

	/** Called off: what was open is cancelled, what was received stays received. */
	CANCELLED;

	/**
	 * @return whether goods may still be received against an order in this state
	 */
	public boolean isOpen() {
		return this == PLACED || this == PARTIALLY_RECEIVED;
	}

}
