/**
 * Sales' pages: the sales order list, detail (with the ship form, the state changes as
 * buttons and the packing slip) and the draft forms.
 */
package dev.stockroom.sales.web;
