package dev.stockroom.catalog.api;

import dev.stockroom.catalog.domain.ProductDimensions;

/**
 * A product's shipping dimensions as the API shows them; volume is derived, not stored.
 */
public record ProductDimensionsResponse(long productId, int weightGrams, int lengthMm, int widthMm, int heightMm,
		long volumeCubicMm) {

	public static ProductDimensionsResponse of(ProductDimensions dimensions) {
		return new ProductDimensionsResponse(dimensions.getProductId(), dimensions.getWeightGrams(),
				dimensions.getLengthMm(), dimensions.getWidthMm(), dimensions.getHeightMm(),
				(long) dimensions.getLengthMm() * dimensions.getWidthMm() * dimensions.getHeightMm());
	}

}
