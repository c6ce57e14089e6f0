package dev.stockroom.purchasing;

import dev.stockroom.stock.ReorderSuggestion;

/**
 * A reorder suggestion as the API shows it: a stock level at or below its reorder point,
 * what is on order for it and what to order
 * ({@code max(0, reorderPoint + reorderQuantity - available - onOrder)}).
 */
public record SuggestionResponse(long productId, long warehouseId, String sku, String name, int available,
		int reorderPoint, int reorderQuantity, int onOrder, int suggestedOrder) {

	static SuggestionResponse of(ReorderSuggestion suggestion) {
		var product = suggestion.product();
		return new SuggestionResponse(suggestion.level().productId(), suggestion.level().warehouseId(),
				(product != null) ? product.sku() : null, (product != null) ? product.name() : null,
				suggestion.level().available(), suggestion.level().reorderPoint(),
				(product != null) ? product.reorderQuantity() : 0, suggestion.onOrder(), suggestion.suggestedOrder());
	}

}
