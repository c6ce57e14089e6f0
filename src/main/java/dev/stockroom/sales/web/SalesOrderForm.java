package dev.stockroom.sales.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.sales.SalesOrderResponse;

/**
 * The draft form: the customer, the warehouse and the lines, each line a product typed by
 * SKU. Without JavaScript there is no "add a line" button: the form always shows a few
 * blank lines beneath the filled ones, and blank lines are left out.
 *
 * @param version the version the form was filled from; empty for a new order
 */
record SalesOrderForm(@NotBlank @Size(max = 200) String customerName, @Email @Size(max = 254) String customerEmail,
		@Size(max = 1000) String customerAddress, @NotNull Long warehouseId, @Valid List<LineForm> lines,
		@NotNull(groups = OnUpdate.class) Long version) {

	/** How many blank lines the form offers beneath the filled ones. */
	static final int BLANK_LINES = 3;

	static SalesOrderForm empty() {
		return new SalesOrderForm(null, null, null, null, withBlanks(new ArrayList<>()), null);
	}

	static SalesOrderForm of(SalesOrderResponse order, LongFunction<String> sku) {
		List<LineForm> lines = new ArrayList<>();
		order.lines()
			.forEach((line) -> lines.add(new LineForm(sku.apply(line.productId()), line.quantity(), line.unitPrice())));
		return new SalesOrderForm(order.customer().name(), order.customer().email(), order.customer().address(),
				order.warehouseId(), withBlanks(lines), order.version());
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
	 * @param unitPrice what one sells for
	 */
	record LineForm(@Size(max = 64) String sku, @Positive @Max(1_000_000) Integer quantity,
			@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice) {

		boolean isBlank() {
			return (this.sku == null || this.sku.isBlank()) && this.quantity == null && this.unitPrice == null;
		}

	}

}
