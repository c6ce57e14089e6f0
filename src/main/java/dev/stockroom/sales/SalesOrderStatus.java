package dev.stockroom.sales;

/**
 * Where a sales order is in its life. {@code DRAFT} is edited freely and may be deleted;
 * {@code confirm} makes it {@code CONFIRMED}, reserving every line in its warehouse;
 * shipments make it {@code PARTIALLY_SHIPPED} and, once everything has gone,
 * {@code SHIPPED}; {@code cancel} makes a draft or a confirmed order {@code CANCELLED},
 * releasing what it reserved, and is refused once anything has shipped. The entity
 * ({@code domain.SalesOrder}) guards the moves; docs/ORDERS.md draws them.
 */
public enum SalesOrderStatus {

	/** Being written: lines may change, nothing is reserved. */
	DRAFT,

	/** Every line's quantity is reserved in the order's warehouse, waiting to ship. */
	CONFIRMED,

	/** Some goods have gone; the rest stays reserved. */
	PARTIALLY_SHIPPED,

	/** Everything ordered has gone. */
	SHIPPED,

	/** Called off before anything shipped: its reservations were released. */
	CANCELLED;

	/**
	 * @return whether goods may still be shipped against an order in this state
	 */
	public boolean isOpen() {
		return this == CONFIRMED || this == PARTIALLY_SHIPPED;
	}

}
