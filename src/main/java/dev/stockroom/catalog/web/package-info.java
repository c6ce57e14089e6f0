/**
 * The catalog's pages: products, categories and suppliers on the shared {@code CrudPages}
 * abstraction, with their forms and filters.
 */
package dev.stockroom.catalog.web;
