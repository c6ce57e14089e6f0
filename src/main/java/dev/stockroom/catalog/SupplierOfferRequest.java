package dev.stockroom.catalog;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a supplier offers for a product, as a client sends it.
 *
 * @param preferred whether purchase orders made from reorder suggestions order the
 * product from this supplier (one preferred offer per product: marking one unmarks the
 * others); absent means no
 */
@Schema(example = """
		{"supplierSku": "NF-933-M8-30", "unitCost": 0.09, "leadTimeDays": 14, "preferred": true}
		""")
public record SupplierOfferRequest(@NotBlank @Size(max = 64) String supplierSku,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitCost,
		@NotNull @PositiveOrZero @Max(365) Integer leadTimeDays, Boolean preferred) {

	/** An offer that is not the preferred one. */
	public SupplierOfferRequest(String supplierSku, BigDecimal unitCost, Integer leadTimeDays) {
		this(supplierSku, unitCost, leadTimeDays, null);
	}

}
