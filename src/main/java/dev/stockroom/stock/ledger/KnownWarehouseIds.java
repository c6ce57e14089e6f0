package dev.stockroom.stock.ledger;

import org.springframework.stereotype.Component;

import dev.stockroom.identity.KnownWarehouses;

/**
 * Identity's question, whether a profile's default warehouse exists, answered from the
 * warehouses table.
 */
@Component
class KnownWarehouseIds implements KnownWarehouses {

	private final WarehouseRepository warehouses;

	KnownWarehouseIds(WarehouseRepository warehouses) {
		this.warehouses = warehouses;
	}

	@Override
	public boolean exists(long warehouseId) {
		return this.warehouses.existsById(warehouseId);
	}

}
