package dev.stockroom.purchasing;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;

/**
 * A draft purchase order as a client sends it (POST makes one, PUT replaces a draft).
 *
 * @param supplierId who the goods are ordered from
 * @param warehouseId where they are to be received
 * @param expectedDate when they are expected, if known
 * @param notes anything for the supplier or the receiving clerk
 * @param lines what is ordered, 1 to 200 lines
 * @param version the version read, required by PUT: a stale one is a 409
 */
@Schema(example = """
		{"supplierId": 1, "warehouseId": 1, "expectedDate": "2026-12-20", "notes": "Deliver to gate 2",
		 "lines": [{"productId": 1, "quantity": 10, "unitCost": 0.09}]}
		""")
public record PurchaseOrderRequest(@NotNull Long supplierId, @NotNull Long warehouseId, LocalDate expectedDate,
		@Size(max = 2000) String notes,
		@NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull PurchaseOrderLineRequest> lines,
		@NotNull(groups = OnUpdate.class) Long version) {
}
