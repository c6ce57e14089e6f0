package dev.stockroom.purchasing;

import jakarta.validation.constraints.Size;

/**
 * The purchase order list's filters, the same for the API and the page.
 *
 * @param supplier only this supplier's orders
 * @param warehouse only orders into this warehouse
 * @param status only orders in this state
 * @param q part of the order's number, case-insensitive
 */
public record PurchaseOrderFilter(Long supplier, Long warehouse, PurchaseOrderStatus status,
		@Size(max = 100) String q) {

	/**
	 * @return no filter: every order
	 */
	public static PurchaseOrderFilter none() {
		return new PurchaseOrderFilter(null, null, null, null);
	}

}
