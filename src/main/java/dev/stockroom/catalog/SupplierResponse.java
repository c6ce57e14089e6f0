package dev.stockroom.catalog;

import java.time.Instant;

import dev.stockroom.catalog.domain.Supplier;

/** A supplier as the API shows it. */
public record SupplierResponse(long id, String name, String email, String phone, String website, boolean active,
		long version, Instant createdAt, Instant updatedAt) {

	public static SupplierResponse of(Supplier supplier) {
		return new SupplierResponse(supplier.getId(), supplier.getName(), supplier.getEmail(), supplier.getPhone(),
				supplier.getWebsite(), supplier.isActive(), supplier.getVersion(), supplier.getCreatedAt(),
				supplier.getUpdatedAt());
	}

}
