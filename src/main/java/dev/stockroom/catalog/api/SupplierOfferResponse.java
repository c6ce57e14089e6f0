package dev.stockroom.catalog.api;

import java.math.BigDecimal;

import dev.stockroom.catalog.domain.SupplierOffer;

/** A supplier's offer for a product, as the API shows it. */
public record SupplierOfferResponse(long productId, long supplierId, String supplierName, String supplierSku,
		BigDecimal unitCost, int leadTimeDays, boolean preferred, long version) {

	public static SupplierOfferResponse of(SupplierOffer offer) {
		return new SupplierOfferResponse(offer.getProduct().getId(), offer.getSupplier().getId(),
				offer.getSupplier().getName(), offer.getSupplierSku(), offer.getUnitCost(), offer.getLeadTimeDays(),
				offer.isPreferred(), offer.getVersion());
	}

}
