package dev.stockroom.sales;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductDeleteBlocker;
import dev.stockroom.sales.domain.SalesOrderRepository;

/**
 * A product on any sales order line cannot be deleted: the order is a record of what was
 * sold (its lines refer to the product by a restricting foreign key). Asked by the
 * catalog before a delete, so the refusal says why.
 */
@Component
@Transactional(readOnly = true)
class ProductOnSalesOrders implements ProductDeleteBlocker {

	private final SalesOrderRepository orders;

	ProductOnSalesOrders(SalesOrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public Optional<String> blocker(long productId) {
		return this.orders.anyLineOf(productId) ? Optional.of("it is on sales orders") : Optional.empty();
	}

}
