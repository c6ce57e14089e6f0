package dev.stockroom.catalog;

import java.math.BigDecimal;

/**
 * A supplier's offer for a product, as other modules need it (a purchase order line's
 * default unit cost, the supplier a suggestion is ordered from).
 *
 * @param productId the product
 * @param supplierId the supplier
 * @param supplierSku the supplier's own SKU for it
 * @param unitCost what the supplier charges for one
 * @param preferred whether this is the product's preferred offer
 */
public record ProductOffer(long productId, long supplierId, String supplierSku, BigDecimal unitCost,
		boolean preferred) {
}
