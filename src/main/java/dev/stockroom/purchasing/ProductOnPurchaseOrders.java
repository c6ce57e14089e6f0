package dev.stockroom.purchasing;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductDeleteBlocker;
import dev.stockroom.purchasing.domain.PurchaseOrderRepository;

/**
 * A product on any purchase order line cannot be deleted: the order is a record of what
 * was bought (its lines refer to the product by a restricting foreign key). Asked by the
 * catalog before a delete, so the refusal says why.
 */
@Component
@Transactional(readOnly = true)
class ProductOnPurchaseOrders implements ProductDeleteBlocker {

	private final PurchaseOrderRepository orders;

	ProductOnPurchaseOrders(PurchaseOrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public Optional<String> blocker(long productId) {
		return this.orders.anyLineOf(productId) ? Optional.of("it is on purchase orders") : Optional.empty();
	}

}
