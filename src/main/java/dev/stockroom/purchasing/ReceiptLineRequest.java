package dev.stockroom.purchasing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * How many of one order line came in.
 *
 * @param lineId the order line's id
 * @param quantity how many, above 0 and at most what the line has open
 */
public record ReceiptLineRequest(@NotNull Long lineId, @NotNull @Positive @Max(1_000_000) Integer quantity) {
}
