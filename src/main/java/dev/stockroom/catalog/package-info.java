/**
 * The catalog: products, the category tree, suppliers with what they offer, and tags.
 * This base package is its API: {@link dev.stockroom.catalog.ProductService} (other
 * modules look products up through it), the category and supplier services, the request
 * and answer records other modules use, the
 * {@link dev.stockroom.catalog.ProductReorderPointChanged} and
 * {@link dev.stockroom.catalog.ProductChanged} events and the
 * {@link dev.stockroom.catalog.ProductDetailSection} SPI. The rooms: {@code domain}
 * (entities and repositories), {@code api} (REST), {@code web} (pages), {@code cache} and
 * {@code admin} (the admin site's registrations).
 */
package dev.stockroom.catalog;
