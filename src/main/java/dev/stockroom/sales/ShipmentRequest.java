package dev.stockroom.sales;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Goods sent against a confirmed sales order: any part of any line still to ship.
 *
 * @param lines the lines shipped, each line at most once
 */
@Schema(example = """
		{"lines": [{"lineId": 101, "quantity": 4}]}
		""")
public record ShipmentRequest(@NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull ShipmentLineRequest> lines) {
}
