package dev.stockroom.catalog;

import dev.stockroom.platform.pages.Labelled;

/**
 * The unit a product is counted in; stock quantities are whole numbers of it. The API
 * names a unit by its constant ({@code KG}); pages write it as a person would, in its
 * conventional symbol ({@code kg}, {@code ml}, {@code pcs}), never a capitalised constant
 * ({@code Kg}). Counted units take a plural beside a quantity; measures read the same for
 * any amount.
 */
public enum Unit implements Labelled {

	EACH("pc", "pcs"), PAIR("pair", "pairs"), PACK("pack", "packs"), BOX("box", "boxes"), CASE("case", "cases"),
	PALLET("pallet", "pallets"), KG("kg", "kg"), G("g", "g"), L("l", "l"), ML("ml", "ml"), M("m", "m");

	private final String one;

	private final String many;

	Unit(String one, String many) {
		this.one = one;
		this.many = many;
	}

	/**
	 * @return the symbol as a list or a select shows it: {@code pcs}, {@code kg}
	 */
	@Override
	public String label() {
		return this.many;
	}

	/**
	 * @return the symbol beside that quantity: {@code 1 pc}, {@code 2 pcs}, {@code 1 kg}
	 */
	@Override
	public String label(Number quantity) {
		return (quantity != null && Math.abs(quantity.doubleValue()) == 1) ? this.one : this.many;
	}

}
