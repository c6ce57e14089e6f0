package dev.stockroom.platform.pages;

/**
 * A value that says how it reads on a page, where its constant's name would not: a unit
 * of measure is {@code kg}, not {@code KG} or {@code Kg}. Lists, selects, filters and
 * {@code @fmt} show the label wherever the value appears, site and admin alike; the API
 * keeps the constant's name.
 */
public interface Labelled {

	/**
	 * @return the value as a list, a select or a filter shows it
	 */
	String label();

	/**
	 * @param quantity how many of it a page shows beside the label
	 * @return the label for that quantity ({@code 1 box}, {@code 2 boxes}); by default
	 * the label, whatever the quantity
	 */
	default String label(Number quantity) {
		return label();
	}

}
