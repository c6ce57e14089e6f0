/**
 * Purchasing's pages: the purchase order list, detail (with the receive form, the state
 * changes as buttons and the PDF), the draft forms, the reorder suggestions that become
 * orders, and the product page's on-order section.
 */
package dev.stockroom.purchasing.web;
