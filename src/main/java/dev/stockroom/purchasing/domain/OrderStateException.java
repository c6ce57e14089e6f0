package dev.stockroom.purchasing.domain;

import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.purchasing.PurchaseOrderStatus;

/** A change the order's state does not allow (editing a placed order, say): a 409. */
public class OrderStateException extends ConflictException {

	public OrderStateException(String number, PurchaseOrderStatus status, String refused) {
		super("order-state", "Purchase order " + number + " is " + status + ": " + refused);
	}

}
