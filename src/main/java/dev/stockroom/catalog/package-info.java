/**
 * The catalog: products, the category tree, suppliers with what they offer, and tags. Its
 * public face is {@link dev.stockroom.catalog.ProductService} (other modules look
 * products up through it) and the
 * {@link dev.stockroom.catalog.ProductReorderPointChanged} event.
 */
package dev.stockroom.catalog;
