package dev.stockroom.sales;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One line of a sales order as a client sends it.
 *
 * @param productId the product sold
 * @param quantity how many, 1 to 1,000,000
 * @param unitPrice what one sells for
 */
public record SalesOrderLineRequest(@NotNull Long productId, @NotNull @Positive @Max(1_000_000) Integer quantity,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice) {
}
