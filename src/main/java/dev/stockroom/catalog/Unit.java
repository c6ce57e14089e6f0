package dev.stockroom.catalog;

/** The unit a product is counted in; stock quantities are whole numbers of it. */
public enum Unit {

	EACH, PAIR, PACK, BOX, CASE, PALLET, KG, G, L, ML, M

}
