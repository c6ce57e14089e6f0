package dev.stockroom.stock.web;

import java.util.List;
import java.util.Map;

/**
 * What one product has on hand and available in the warehouses a stock form offers, shown
 * beside the warehouse choice before the user submits: an issue, a transfer out or a
 * negative adjustment takes only what is available.
 *
 * @param byWarehouse on hand by warehouse id; a warehouse the product has never been in
 * is missing
 * @param availableByWarehouse on hand less reserved, by warehouse id
 * @param stocked the offered warehouses the product has a stock level in, in the form's
 * order
 */
record OnHand(Map<Long, Integer> byWarehouse, Map<Long, Integer> availableByWarehouse,
		List<StockChoices.Option> stocked) {

	static OnHand of(Map<Long, Integer> byWarehouse, Map<Long, Integer> availableByWarehouse,
			List<StockChoices.Option> warehouses) {
		return new OnHand(byWarehouse, availableByWarehouse,
				warehouses.stream().filter((option) -> byWarehouse.containsKey(option.id())).toList());
	}

	/**
	 * @param warehouseId a warehouse
	 * @return what is available there (below zero in a shortage), 0 where the product has
	 * never been
	 */
	public int availableAt(long warehouseId) {
		return this.availableByWarehouse.getOrDefault(warehouseId, 0);
	}

	/**
	 * @param warehouseId a warehouse
	 * @return what is on hand there, 0 where the product has never been
	 */
	public int at(long warehouseId) {
		return this.byWarehouse.getOrDefault(warehouseId, 0);
	}

}
