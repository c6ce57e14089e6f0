package dev.stockroom.purchasing;

import dev.stockroom.platform.error.ResourceNotFoundException;

/** No purchase order with the id in the path: a 404. */
public class PurchaseOrderNotFoundException extends ResourceNotFoundException {

	public PurchaseOrderNotFoundException(long id) {
		super("Purchase order", id);
	}

}
