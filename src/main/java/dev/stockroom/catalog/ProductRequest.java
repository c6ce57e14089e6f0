package dev.stockroom.catalog;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.stockroom.catalog.domain.Gtin;
import dev.stockroom.platform.api.OnUpdate;

/**
 * A product as a client sends it to create (POST) or replace (PUT) one: the serializer's
 * input side. Optional fields take the model's defaults; {@code version} is required on
 * PUT. The SKU may arrive with surrounding spaces: like its case, they are normalised
 * away ({@link Product#normalizeSku}), so " ab-1" is a duplicate of "AB-1", not a 400.
 */
@Schema(example = """
		{"sku": "BOLT-M8-30", "name": "Hex bolt M8 × 30", "description": "Zinc-plated steel, DIN 933",
		"unit": "EACH", "cost": 0.12, "price": 0.35, "reorderPoint": 500, "reorderQuantity": 2000, "active": true,
		"barcode": "4006381333931", "categoryId": null, "tags": ["fasteners", "steel"], "version": 0}
		""")
public record ProductRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._/-]*\\s*",
				message = "may contain letters, digits and . _ / - only, starting with a letter or digit") String sku,
		@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description, Unit unit,
		@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal cost,
		@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price, @PositiveOrZero Integer reorderPoint,
		@PositiveOrZero Integer reorderQuantity, Boolean active, @Gtin String barcode, Long categoryId,
		@Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
		@NotNull(groups = OnUpdate.class, message = "is required: send the version you read") Long version) {

	/** A request with only the required fields, the rest left to their defaults. */
	public static ProductRequest of(String sku, String name) {
		return new ProductRequest(sku, name, null, null, null, null, null, null, null, null, null, null, null);
	}

}
