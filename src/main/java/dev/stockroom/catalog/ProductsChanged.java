package dev.stockroom.catalog;

import java.util.List;

/**
 * Many products were created or changed at once, by a bulk write that Hibernate did not
 * make (an import's chunk): one event for the chunk rather than a {@link ProductChanged}
 * per row, published inside the writing transaction as that one is.
 *
 * @param productIds the products
 */
public record ProductsChanged(List<Long> productIds) {

	public ProductsChanged {
		productIds = List.copyOf(productIds);
	}

}
