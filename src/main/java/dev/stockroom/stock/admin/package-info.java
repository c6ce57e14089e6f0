/**
 * The stock module's models on the admin site (Django's {@code admin.py}): warehouses,
 * and stock levels and the movement ledger read-only; and the on-hand columns stock adds
 * to the catalog's product list.
 */
package dev.stockroom.stock.admin;
