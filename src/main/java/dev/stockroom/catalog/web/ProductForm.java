package dev.stockroom.catalog.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.Unit;
import dev.stockroom.catalog.domain.Gtin;
import dev.stockroom.platform.api.OnUpdate;

/**
 * What the product form posts: the page's side of {@link ProductRequest}, with the same
 * rules, and tags typed as one comma-separated field. Never the entity itself. The SKU's
 * pattern lets a blank through, so that a blank SKU is told once, as blank.
 */
record ProductForm(
		@NotBlank @Size(max = 64) @Pattern(regexp = "\\s*([A-Za-z0-9][A-Za-z0-9._/-]*)?\\s*",
				message = "may contain letters, digits and . _ / - only, starting with a letter or digit") String sku,
		@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description, Unit unit,
		@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal cost,
		@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price, @PositiveOrZero Integer reorderPoint,
		@PositiveOrZero Integer reorderQuantity, Boolean active, @Gtin String barcode, Long categoryId,
		@Pattern(regexp = "[^,]{0,50}(,[^,]{0,50}){0,19}",
				message = "at most 20 tags of at most 50 characters each, separated by commas") String tags,
		@NotNull(groups = OnUpdate.class) Long version) {

	static ProductForm empty() {
		return new ProductForm("", "", "", Unit.EACH, null, null, 0, 0, true, "", null, "", null);
	}

	static ProductForm of(ProductResponse product) {
		return new ProductForm(product.sku(), product.name(), product.description(), product.unit(), product.cost(),
				product.price(), product.reorderPoint(), product.reorderQuantity(), product.active(), product.barcode(),
				product.categoryId(), String.join(", ", product.tags()), product.version());
	}

	ProductRequest toRequest() {
		List<String> tagList = (this.tags == null) ? List.of()
				: Arrays.stream(this.tags.split(",")).map(String::strip).filter((tag) -> !tag.isEmpty()).toList();
		return new ProductRequest(this.sku, this.name, blankToNull(this.description), this.unit, this.cost, this.price,
				this.reorderPoint, this.reorderQuantity, Boolean.TRUE.equals(this.active), blankToNull(this.barcode),
				this.categoryId, tagList, this.version);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
