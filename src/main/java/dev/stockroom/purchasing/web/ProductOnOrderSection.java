package dev.stockroom.purchasing.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductDetailSection;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.purchasing.PurchaseOrderService;

/**
 * The product page's purchasing section: what is on order (the open quantity of placed
 * orders) and the open orders it is on. Shown to whoever may read purchase orders.
 */
@Component
class ProductOnOrderSection implements ProductDetailSection {

	private final PurchaseOrderService orders;

	private final CurrentUser currentUser;

	ProductOnOrderSection(PurchaseOrderService orders, CurrentUser currentUser) {
		this.orders = orders;
		this.currentUser = currentUser;
	}

	@Override
	public String template() {
		return "purchasing/product-on-order-section";
	}

	@Override
	public Optional<Map<String, Object>> data(long productId) {
		if (!this.currentUser.permissions().contains(PermissionCode.PURCHASE_ORDER_VIEW.code())) {
			return Optional.empty();
		}
		var open = this.orders.openWithProduct(productId);
		int onOrder = open.stream()
			.flatMap((order) -> order.lines().stream())
			.filter((line) -> line.productId() == productId)
			.mapToInt((line) -> line.open())
			.sum();
		return Optional.of(Map.of("productId", productId, "onOrder", onOrder, "orders", open));
	}

}
