package dev.stockroom.sales.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import dev.stockroom.sales.SalesOrderLineResponse;
import dev.stockroom.sales.SalesOrderResponse;

/**
 * The ship form on an order's page: one quantity per line, filled with what the line has
 * left to ship (the usual case is shipping everything); a blank or 0 line does not ship
 * this time.
 */
record ShipForm(@Valid List<Line> lines) {

	static ShipForm of(SalesOrderResponse order) {
		List<Line> lines = new ArrayList<>();
		for (SalesOrderLineResponse line : order.lines()) {
			lines.add(new Line(line.id(), (line.reserved() > 0) ? line.reserved() : null));
		}
		return new ShipForm(lines);
	}

	/**
	 * @param lineId the order line
	 * @param quantity how many go
	 */
	record Line(@NotNull Long lineId, @PositiveOrZero @Max(1_000_000) Integer quantity) {
	}

}
