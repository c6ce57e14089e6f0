package dev.stockroom.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A product's shipping dimensions as a client sends them: grams and millimetres. */
public record ProductDimensionsRequest(@NotNull @Positive @Max(10_000_000) Integer weightGrams,
		@NotNull @Positive @Max(100_000) Integer lengthMm, @NotNull @Positive @Max(100_000) Integer widthMm,
		@NotNull @Positive @Max(100_000) Integer heightMm) {
}
