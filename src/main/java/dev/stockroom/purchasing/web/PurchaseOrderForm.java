package dev.stockroom.purchasing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.purchasing.PurchaseOrderResponse;

/**
 * The draft form: the order's fields and its lines, each line a product typed by SKU.
 * Without JavaScript there is no "add a line" button: the form always shows a few blank
 * lines beneath the filled ones, and blank lines are left out.
 *
 * @param version the version the form was filled from; empty for a new order
 */
record PurchaseOrderForm(@NotNull Long supplierId, @NotNull Long warehouseId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDate, @Size(max = 2000) String notes,
		@Valid List<LineForm> lines, @NotNull(groups = OnUpdate.class) Long version) {

	/** How many blank lines the form offers beneath the filled ones. */
	static final int BLANK_LINES = 3;

	static PurchaseOrderForm empty() {
		return new PurchaseOrderForm(null, null, null, null, withBlanks(new ArrayList<>()), null);
	}

	static PurchaseOrderForm of(PurchaseOrderResponse order, java.util.function.LongFunction<String> sku) {
		List<LineForm> lines = new ArrayList<>();
		order.lines()
			.forEach((line) -> lines.add(new LineForm(sku.apply(line.productId()), line.quantity(), line.unitCost())));
		return new PurchaseOrderForm(order.supplierId(), order.warehouseId(), order.expectedDate(), order.notes(),
				withBlanks(lines), order.version());
	}

	/**
	 * @return the form with blank lines to fill, as it is shown again after an error
	 */
	PurchaseOrderForm withBlankLines() {
		List<LineForm> filled = new ArrayList<>();
		if (this.lines != null) {
			this.lines.stream().filter((line) -> line != null && !line.isBlank()).forEach(filled::add);
		}
		return new PurchaseOrderForm(this.supplierId, this.warehouseId, this.expectedDate, this.notes,
				withBlanks(filled), this.version);
	}

	private static List<LineForm> withBlanks(List<LineForm> lines) {
		for (int i = 0; i < BLANK_LINES; i++) {
			lines.add(new LineForm(null, null, null));
		}
		return lines;
	}

	/**
	 * One line as typed.
	 *
	 * @param sku the product's SKU
	 * @param quantity how many
	 * @param unitCost what one costs; blank takes the supplier's offer
	 */
	record LineForm(@Size(max = 64) String sku, @Positive @Max(1_000_000) Integer quantity,
			@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitCost) {

		boolean isBlank() {
			return (this.sku == null || this.sku.isBlank()) && this.quantity == null && this.unitCost == null;
		}

	}

}
