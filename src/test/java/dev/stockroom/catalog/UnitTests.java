package dev.stockroom.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTests {

	@Test
	void aUnitIsLabelledByItsConventionalSymbolNotItsConstant() {
		assertThat(Unit.KG.label()).isEqualTo("kg");
		assertThat(Unit.ML.label()).isEqualTo("ml");
		assertThat(Unit.L.label()).isEqualTo("l");
		assertThat(Unit.G.label()).isEqualTo("g");
		assertThat(Unit.M.label()).isEqualTo("m");
		assertThat(Unit.EACH.label()).isEqualTo("pcs");
		assertThat(Unit.BOX.label()).isEqualTo("boxes");
	}

	@Test
	void countedUnitsTakeThePluralBesideAQuantityAndMeasuresDoNot() {
		assertThat(Unit.EACH.label(1)).isEqualTo("pc");
		assertThat(Unit.EACH.label(-1)).isEqualTo("pc");
		assertThat(Unit.EACH.label(12)).isEqualTo("pcs");
		assertThat(Unit.BOX.label(1)).isEqualTo("box");
		assertThat(Unit.PALLET.label(2)).isEqualTo("pallets");
		assertThat(Unit.KG.label(1)).isEqualTo("kg");
		assertThat(Unit.KG.label(1500)).isEqualTo("kg");
	}

	@Test
	void theApiStillNamesAUnitByItsConstant() {
		assertThat(Unit.KG.name()).isEqualTo("KG");
		assertThat(Unit.KG).hasToString("KG");
	}

}
