package dev.stockroom.purchasing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductOnOrder;
import dev.stockroom.purchasing.domain.PurchaseOrderRepository;
import dev.stockroom.stock.ProductInWarehouse;
import dev.stockroom.stock.QuantityOnOrder;

/**
 * What is on order: the open quantity (ordered, less received, less cancelled) of the
 * lines of placed orders, per product and warehouse for the stock module's reorder
 * suggestions ({@link QuantityOnOrder}), per product for the catalog's product detail
 * ({@link ProductOnOrder}). One statement for any number of products.
 */
@Component
@Transactional(readOnly = true)
class OnOrderQueries implements QuantityOnOrder, ProductOnOrder {

	private final PurchaseOrderRepository orders;

	OnOrderQueries(PurchaseOrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public Map<ProductInWarehouse, Integer> onOrder(Collection<ProductInWarehouse> levels) {
		Map<ProductInWarehouse, Integer> open = new HashMap<>();
		if (levels.isEmpty()) {
			return open;
		}
		Set<Long> productIds = new HashSet<>();
		levels.forEach((level) -> productIds.add(level.productId()));
		for (Object[] row : this.orders.openByProductAndWarehouse(productIds)) {
			open.put(new ProductInWarehouse((Long) row[0], (Long) row[1]), ((Number) row[2]).intValue());
		}
		open.keySet().retainAll(Set.copyOf(levels));
		return open;
	}

	@Override
	public Map<Long, Integer> quantities(Collection<Long> productIds) {
		Map<Long, Integer> open = new HashMap<>();
		if (productIds.isEmpty()) {
			return open;
		}
		for (Object[] row : this.orders.openByProductAndWarehouse(productIds)) {
			open.merge((Long) row[0], ((Number) row[2]).intValue(), Integer::sum);
		}
		return open;
	}

}
