package dev.stockroom.stock.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Column;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;

/**
 * A ledger row named as the stock pages name it, "#12 at MAIN": its number in its product
 * and warehouse's chain, which a user can find again, rather than its row id, which means
 * nothing to them. The warehouse codes come from one batched call per page.
 */
final class LedgerEntryColumn {

	static final String NAME = "entry";

	private LedgerEntryColumn() {
	}

	/**
	 * @param warehouses the stock module's warehouse service
	 * @return the column {@code entry}, read from each row's {@code sequenceNo} and
	 * {@code warehouseId}, linking to the row's page
	 */
	static Column of(WarehouseService warehouses) {
		return Column.computed(NAME, "Entry", (rows) -> names(warehouses, rows)).link();
	}

	/**
	 * @param warehouses the stock module's warehouse service
	 * @param rows ledger rows with {@code sequenceNo} and {@code warehouseId}
	 * @return each row's name, by row id
	 */
	static Map<Long, String> names(WarehouseService warehouses, List<AdminRow> rows) {
		Set<Long> ids = rows.stream().map((row) -> (Long) row.get("warehouseId")).collect(Collectors.toSet());
		Map<Long, WarehouseResponse> byId = warehouses.byIds(ids);
		Map<Long, String> names = new HashMap<>();
		for (AdminRow row : rows) {
			Long warehouseId = (Long) row.get("warehouseId");
			WarehouseResponse warehouse = byId.get(warehouseId);
			String code = (warehouse != null) ? warehouse.code() : "#" + warehouseId;
			names.put(row.id(), StockMovementResponse.entryName((Long) row.get("sequenceNo"), code));
		}
		return names;
	}

}
