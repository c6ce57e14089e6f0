/**
 * The catalog's caches and their eviction when a product or category changes.
 */
package dev.stockroom.catalog.cache;
