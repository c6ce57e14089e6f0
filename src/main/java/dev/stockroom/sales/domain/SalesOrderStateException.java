package dev.stockroom.sales.domain;

import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.sales.SalesOrderStatus;

/**
 * A change the order's state does not allow (editing a confirmed order, cancelling a
 * shipped one): a 409 of the same problem type as a purchase order's.
 */
public class SalesOrderStateException extends ConflictException {

	public SalesOrderStateException(String number, SalesOrderStatus status, String refused) {
		super("order-state", "Sales order " + number + " is " + status + ": " + refused);
	}

}
