package dev.stockroom.stock.ledger;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductDeleteBlocker;

/**
 * Keeps a product with stock history from being deleted: its ledger rows and stock levels
 * refer to it, and the ledger is never rewritten. One aggregate over the product's levels
 * (a level counts its own ledger rows), indexed by product, so the delete page can ask
 * before offering the button.
 */
@Component
class ProductHistory implements ProductDeleteBlocker {

	private final StockLevelRepository levels;

	ProductHistory(StockLevelRepository levels) {
		this.levels = levels;
	}

	@Override
	public Optional<String> blocker(long productId) {
		StockLevelRepository.ProductTotals totals = this.levels.totalsOf(productId);
		if (totals.levels() == 0) {
			return Optional.empty();
		}
		String warehouses = count(totals.levels(), "warehouse");
		if (totals.movements() == 0) {
			return Optional.of("it has stock levels in " + warehouses);
		}
		return Optional.of("it has " + count(totals.movements(), "ledger row") + " and " + totals.onHand()
				+ " on hand in " + warehouses);
	}

	private static String count(long n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
