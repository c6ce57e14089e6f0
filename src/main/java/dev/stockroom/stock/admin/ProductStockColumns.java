package dev.stockroom.stock.admin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.admin.ColumnContribution;
import dev.stockroom.stock.StockQueries;

/**
 * The catalog's product list shows on-hand totals and stock value, computed for the whole
 * page with one stock query. Stock adds them, since it depends on the catalog and not the
 * other way round.
 */
@Component
class ProductStockColumns implements ColumnContribution {

	private final StockQueries stock;

	ProductStockColumns(StockQueries stock) {
		this.stock = stock;
	}

	@Override
	public String model() {
		return "products";
	}

	@Override
	public List<Column> columns() {
		return List.of(Column.computed("onHand", "On hand", (rows) -> this.stock.onHandByProduct(AdminRow.ids(rows))),
				Column.computed("stockValue", "Stock value", ProductStockColumns::stockValues).as(Format.MONEY));
	}

	// On hand (computed just before, in the same page) times the product's cost column:
	// no query of its own.
	private static Map<Long, BigDecimal> stockValues(List<AdminRow> rows) {
		Map<Long, BigDecimal> values = new HashMap<>();
		for (AdminRow row : rows) {
			Object onHand = row.get("onHand");
			Object cost = row.get("cost");
			if (onHand instanceof Integer quantity && cost instanceof BigDecimal price) {
				values.put(row.id(), price.multiply(BigDecimal.valueOf(quantity)));
			}
		}
		return values;
	}

}
