package dev.stockroom.catalog.api;

import dev.stockroom.catalog.ProductImageService;

/**
 * A product's image as pages and the API show it: where to fetch the full image and the
 * thumbnail ({@code GET /media/{key}}).
 *
 * @param imageUrl the full image, re-encoded
 * @param thumbnailUrl the thumbnail
 */
public record ProductImageResponse(String imageUrl, String thumbnailUrl) {

	public static ProductImageResponse of(String imageKey, String thumbnailKey) {
		return new ProductImageResponse(ProductImageService.MEDIA_PATH + imageKey,
				ProductImageService.MEDIA_PATH + thumbnailKey);
	}

}
