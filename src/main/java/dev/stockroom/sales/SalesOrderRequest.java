package dev.stockroom.sales;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;

/**
 * A draft sales order as a client sends it (POST makes one, PUT replaces a draft).
 *
 * @param customer who it is for
 * @param warehouseId where the goods are reserved and shipped from
 * @param lines what is sold, 1 to 200 lines
 * @param version the version read, required by PUT: a stale one is a 409
 */
@Schema(example = """
		{"customer": {"name": "Harbour Joinery", "email": "orders@harbour.example", "address": "2 Dock St, Leeds"},
		 "warehouseId": 1, "lines": [{"productId": 1, "quantity": 5, "unitPrice": 0.25}]}
		""")
public record SalesOrderRequest(@Valid @NotNull Customer customer, @NotNull Long warehouseId,
		@NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull SalesOrderLineRequest> lines,
		@NotNull(groups = OnUpdate.class) Long version) {
}
