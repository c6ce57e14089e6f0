package dev.stockroom.purchasing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One line of a purchase order as a client sends it.
 *
 * @param productId the product ordered
 * @param quantity how many, 1 to 1,000,000
 * @param unitCost what one costs; absent, the supplier's offer for the product
 */
public record PurchaseOrderLineRequest(@NotNull Long productId, @NotNull @Positive @Max(1_000_000) Integer quantity,
		@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitCost) {
}
