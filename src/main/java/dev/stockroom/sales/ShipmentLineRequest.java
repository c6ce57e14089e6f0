package dev.stockroom.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * How many of one order line go.
 *
 * @param lineId the order line's id
 * @param quantity how many, above 0 and at most what the line holds reserved
 */
public record ShipmentLineRequest(@NotNull Long lineId, @NotNull @Positive @Max(1_000_000) Integer quantity) {
}
