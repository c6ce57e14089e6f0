package dev.stockroom.purchasing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Goods taken in against a purchase order: any part of any open line.
 *
 * @param lines the lines received, each line at most once
 */
@Schema(example = """
		{"lines": [{"lineId": 101, "quantity": 4}]}
		""")
public record ReceiptRequest(@NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull ReceiptLineRequest> lines) {
}
