package dev.stockroom.sales;

import java.util.Map;

import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.stock.WarehouseResponse;

/**
 * A sales order with the names its page and its packing slip show: the warehouse and each
 * line's product.
 *
 * @param order the order
 * @param warehouse its warehouse, or {@code null} if it has gone
 * @param products the lines' products by id
 */
public record SalesOrderDocument(SalesOrderResponse order, WarehouseResponse warehouse,
		Map<Long, ProductSummary> products) {

	/**
	 * @return the warehouse's code and name, or its id if it has gone
	 */
	public String warehouseName() {
		return (this.warehouse != null) ? this.warehouse.code() + " · " + this.warehouse.name()
				: "#" + this.order.warehouseId();
	}

	/**
	 * @return the product's SKU, or its id if it has gone
	 */
	public String sku(long productId) {
		ProductSummary product = this.products.get(productId);
		return (product != null) ? product.sku() : "#" + productId;
	}

	/**
	 * @return the product's name, or nothing if it has gone
	 */
	public String productName(long productId) {
		ProductSummary product = this.products.get(productId);
		return (product != null) ? product.name() : "";
	}

}
