/**
 * The catalog's REST API: products (with images and dimensions), categories and
 * suppliers, and the records its answers are made of.
 */
package dev.stockroom.catalog.api;
