package dev.stockroom.purchasing;

import java.util.Map;

import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.catalog.SupplierResponse;
import dev.stockroom.stock.WarehouseResponse;

/**
 * A purchase order with the names its page and its PDF show: the supplier, the warehouse
 * and each line's product.
 *
 * @param order the order
 * @param supplier its supplier, or {@code null} if it has gone
 * @param warehouse its warehouse, or {@code null} if it has gone
 * @param products the lines' products by id
 */
public record PurchaseOrderDocument(PurchaseOrderResponse order, SupplierResponse supplier, WarehouseResponse warehouse,
		Map<Long, ProductSummary> products) {

	/**
	 * @return the supplier's name, or its id if it has gone
	 */
	public String supplierName() {
		return (this.supplier != null) ? this.supplier.name() : "#" + this.order.supplierId();
	}

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
