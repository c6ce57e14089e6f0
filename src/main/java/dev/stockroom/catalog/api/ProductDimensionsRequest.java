package dev.stockroom.catalog.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A product's shipping dimensions as a client sends them: grams and millimetres. */
@Schema(example = """
		{"weightGrams": 17, "lengthMm": 30, "widthMm": 13, "heightMm": 13}
		""")
public record ProductDimensionsRequest(@NotNull @Positive @Max(10_000_000) Integer weightGrams,
		@NotNull @Positive @Max(100_000) Integer lengthMm, @NotNull @Positive @Max(100_000) Integer widthMm,
		@NotNull @Positive @Max(100_000) Integer heightMm) {
}
