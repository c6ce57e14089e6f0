package dev.stockroom.stock.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseResponse;

/**
 * The warehouse form: the same rules as the API's {@link WarehouseRequest}, which it
 * becomes. {@code version} is the one the form was filled from, so that saving over
 * someone else's newer change is refused.
 *
 * @param code a short unique code
 * @param name the name
 * @param address where it is
 * @param active whether it takes movements (an unticked box sends nothing, or only
 * Spring's {@code _active} marker: inactive)
 * @param version the version the form was filled from; empty for a new warehouse
 */
record WarehouseForm(
		@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]*",
				message = "may contain letters, digits, _ and - only") String code,
		@NotBlank @Size(max = 100) String name, @Size(max = 500) String address, Boolean active,
		@NotNull(groups = OnUpdate.class) Long version) {

	static WarehouseForm empty() {
		return new WarehouseForm(null, null, null, true, null);
	}

	static WarehouseForm of(WarehouseResponse warehouse) {
		return new WarehouseForm(warehouse.code(), warehouse.name(), warehouse.address(), warehouse.active(),
				warehouse.version());
	}

	WarehouseRequest toRequest() {
		return new WarehouseRequest(this.code, this.name,
				(this.address == null || this.address.isBlank()) ? null : this.address.strip(),
				Boolean.TRUE.equals(this.active), this.version);
	}

}
