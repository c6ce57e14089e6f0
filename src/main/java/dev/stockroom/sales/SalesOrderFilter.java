package dev.stockroom.sales;

import jakarta.validation.constraints.Size;

/**
 * The sales order list's filters, the same for the API and the page.
 *
 * @param warehouse only orders from this warehouse
 * @param status only orders in this state
 * @param q part of the order's number or the customer's name, case-insensitive
 */
public record SalesOrderFilter(Long warehouse, SalesOrderStatus status, @Size(max = 100) String q) {

	/**
	 * @return no filter: every order
	 */
	public static SalesOrderFilter none() {
		return new SalesOrderFilter(null, null, null);
	}

}
