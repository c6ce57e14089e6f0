/**
 * The catalog's entities, which guard their own rules, and their repositories: products
 * with dimensions and tags, categories in a tree, suppliers and their offers.
 */
package dev.stockroom.catalog.domain;
