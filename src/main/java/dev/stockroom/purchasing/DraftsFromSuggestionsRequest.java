package dev.stockroom.purchasing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The suggestions a user selected, to become draft purchase orders.
 *
 * @param lines each a product in a warehouse, with the quantity to order (absent: the
 * current suggestion)
 */
@Schema(example = """
		{"lines": [{"productId": 1, "warehouseId": 1}, {"productId": 2, "warehouseId": 1, "quantity": 50}]}
		""")
public record DraftsFromSuggestionsRequest(@NotNull @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

	/**
	 * @param productId the product
	 * @param warehouseId the warehouse it is for
	 * @param quantity how many; absent, the suggested order
	 */
	public record Line(@NotNull Long productId, @NotNull Long warehouseId, @Positive @Max(1_000_000) Integer quantity) {
	}

}
