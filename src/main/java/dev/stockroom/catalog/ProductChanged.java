package dev.stockroom.catalog;

/**
 * A product was created, changed or deleted, by whatever means (API, pages, admin).
 * Published inside the writing transaction, when Hibernate writes the row, for modules
 * whose caches show product facts: they evict through a transaction-aware cache, which
 * defers the eviction until the transaction commits.
 *
 * @param productId the product
 */
public record ProductChanged(long productId) {
}
