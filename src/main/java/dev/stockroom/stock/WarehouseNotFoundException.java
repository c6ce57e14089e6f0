package dev.stockroom.stock;

import dev.stockroom.platform.error.ResourceNotFoundException;

class WarehouseNotFoundException extends ResourceNotFoundException {

	WarehouseNotFoundException(long id) {
		super("Warehouse", id);
	}

}
