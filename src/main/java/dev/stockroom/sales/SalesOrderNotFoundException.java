package dev.stockroom.sales;

import dev.stockroom.platform.error.ResourceNotFoundException;

/** No sales order with the id in the path: a 404. */
public class SalesOrderNotFoundException extends ResourceNotFoundException {

	public SalesOrderNotFoundException(long id) {
		super("Sales order", id);
	}

}
