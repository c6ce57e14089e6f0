/**
 * The stock module's pages: the warehouse pages, the five stock forms (receive, issue,
 * transfer, adjust, count), the movement history with its CSV export, the stock levels, a
 * product's stock page and the stock section of the product detail page.
 */
package dev.stockroom.stock.web;
