package dev.stockroom.stock;

import dev.stockroom.catalog.ProductSummary;

/**
 * A stock level at or below its reorder point and what to order for it.
 *
 * @param level the stock level
 * @param product the product's summary (SKU, name, reorder quantity), or {@code null} if
 * it has gone
 * @param onOrder what placed purchase orders will still bring into the level's warehouse
 * @param suggestedOrder
 * {@code max(0, reorderPoint + reorderQuantity - available - onOrder)}
 */
public record ReorderSuggestion(StockLevelResponse level, ProductSummary product, int onOrder, int suggestedOrder) {

	/**
	 * @return the product and warehouse this is about
	 */
	public ProductInWarehouse key() {
		return new ProductInWarehouse(this.level.productId(), this.level.warehouseId());
	}

}
