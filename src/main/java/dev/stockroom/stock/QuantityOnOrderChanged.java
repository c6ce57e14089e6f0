package dev.stockroom.stock;

import java.util.Set;

/**
 * What is on order of some products changed (an order was placed, received or cancelled),
 * so their reorder suggestions did. Published by whoever provides
 * {@link QuantityOnOrder}, inside its transaction, for caches that show suggestions (the
 * dashboard's).
 *
 * @param productIds the products
 */
public record QuantityOnOrderChanged(Set<Long> productIds) {

	public QuantityOnOrderChanged {
		productIds = Set.copyOf(productIds);
	}

}
