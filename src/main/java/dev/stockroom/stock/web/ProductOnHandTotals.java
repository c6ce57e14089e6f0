package dev.stockroom.stock.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductOnHand;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.stock.StockQueries;

/**
 * The product list's on-hand column: one statement for the whole page, whatever its size.
 * Shown to whoever may read stock ({@code warehouse.view}), as the stock pages are.
 */
@Component
class ProductOnHandTotals implements ProductOnHand {

	private final StockQueries stock;

	private final CurrentUser currentUser;

	ProductOnHandTotals(StockQueries stock, CurrentUser currentUser) {
		this.stock = stock;
		this.currentUser = currentUser;
	}

	@Override
	public Optional<Map<Long, Integer>> totals(Collection<Long> productIds) {
		if (!this.currentUser.permissions().contains(PermissionCode.WAREHOUSE_VIEW.code())) {
			return Optional.empty();
		}
		return Optional.of(this.stock.onHandByProduct(productIds));
	}

}
