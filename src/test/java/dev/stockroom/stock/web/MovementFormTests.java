package dev.stockroom.stock.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.stockroom.stock.web.StockChoices.Option;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stock form opens with: a single choice is preselected, several are left to the
 * user, and a product asked for wins over a search.
 */
class MovementFormTests {

	static final Option WIDGET = new Option(7, "SKU-7 · Widget");

	static final Option GADGET = new Option(8, "SKU-8 · Gadget");

	static final Option MAIN = new Option(1, "MAIN · Main");

	static final Option EAST = new Option(2, "EAST · East");

	@Test
	void preselectsASingleSearchHitAndTheOnlyWarehouse() {
		MovementForm form = MovementForm.opening(null, "widget", List.of(WIDGET), List.of(MAIN));

		assertThat(form.productId()).isEqualTo(7L);
		assertThat(form.warehouseId()).isEqualTo(1L);
		assertThat(form.targetWarehouseId()).isNull();
	}

	@Test
	void leavesSeveralChoicesToTheUser() {
		MovementForm form = MovementForm.opening(null, "SKU", List.of(WIDGET, GADGET), List.of(MAIN, EAST));

		assertThat(form.productId()).isNull();
		assertThat(form.warehouseId()).isNull();
	}

	@Test
	void keepsTheProductAskedForOverASearchHit() {
		MovementForm form = MovementForm.opening(8L, "widget", List.of(WIDGET), List.of(MAIN, EAST));

		assertThat(form.productId()).isEqualTo(8L);
		assertThat(form.warehouseId()).isNull();
	}

	// A catalog of one product offers one without a search: that is no search hit.
	@Test
	void preselectsNoProductWithoutASearch() {
		assertThat(MovementForm.opening(null, null, List.of(WIDGET), List.of(MAIN, EAST)).productId()).isNull();
		assertThat(MovementForm.opening(null, " ", List.of(WIDGET), List.of(MAIN, EAST)).productId()).isNull();
	}

	@Test
	void choosesNothingWhenThereIsNothingToChoose() {
		MovementForm form = MovementForm.opening(null, "nothing", List.of(), List.of());

		assertThat(form.productId()).isNull();
		assertThat(form.warehouseId()).isNull();
	}

}
