package dev.stockroom.purchasing.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import dev.stockroom.purchasing.PurchaseOrderLineResponse;
import dev.stockroom.purchasing.PurchaseOrderResponse;

/**
 * The receive form on an order's page: one quantity per open line; a blank or 0 line is
 * not received this time.
 */
record ReceiveForm(@Valid List<Line> lines) {

	static ReceiveForm of(PurchaseOrderResponse order) {
		List<Line> lines = new ArrayList<>();
		for (PurchaseOrderLineResponse line : order.lines()) {
			lines.add(new Line(line.id(), null));
		}
		return new ReceiveForm(lines);
	}

	/**
	 * @param lineId the order line
	 * @param quantity how many came in
	 */
	record Line(@NotNull Long lineId, @PositiveOrZero @Max(1_000_000) Integer quantity) {
	}

}
