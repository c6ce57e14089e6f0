package dev.stockroom.stock;

import java.time.Instant;

import dev.stockroom.stock.ledger.Warehouse;

/** A warehouse as the API shows it. */
public record WarehouseResponse(long id, String code, String name, String address, boolean active, long version,
		Instant createdAt, Instant updatedAt) {

	static WarehouseResponse of(Warehouse warehouse) {
		return new WarehouseResponse(warehouse.getId(), warehouse.getCode(), warehouse.getName(),
				warehouse.getAddress(), warehouse.isActive(), warehouse.getVersion(), warehouse.getCreatedAt(),
				warehouse.getUpdatedAt());
	}

}
