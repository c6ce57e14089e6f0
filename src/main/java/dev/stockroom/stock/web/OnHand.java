package dev.stockroom.stock.web;

import java.util.List;
import java.util.Map;

/**
 * What one product has on hand in the warehouses a stock form offers, shown beside the
 * warehouse choice before the user submits.
 *
 * @param byWarehouse on hand by warehouse id; a warehouse the product has never been in
 * is missing
 * @param stocked the offered warehouses the product has a stock level in, in the form's
 * order
 */
record OnHand(Map<Long, Integer> byWarehouse, List<StockChoices.Option> stocked) {

	static OnHand of(Map<Long, Integer> byWarehouse, List<StockChoices.Option> warehouses) {
		return new OnHand(byWarehouse,
				warehouses.stream().filter((option) -> byWarehouse.containsKey(option.id())).toList());
	}

	/**
	 * @param warehouseId a warehouse
	 * @return what is on hand there, 0 where the product has never been
	 */
	public int at(long warehouseId) {
		return this.byWarehouse.getOrDefault(warehouseId, 0);
	}

}
