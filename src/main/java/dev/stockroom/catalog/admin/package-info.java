/**
 * The catalog's models on the admin site (Django's {@code admin.py}): products (with
 * their supplier offers inline), categories and suppliers, each a
 * {@link dev.stockroom.admin.ModelAdmin} bean that reads through the entity names beside
 * it and writes through the catalog's services.
 */
package dev.stockroom.catalog.admin;
