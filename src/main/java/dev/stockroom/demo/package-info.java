/**
 * Demo data for the embedded default and for trying the API: a few warehouses, a category
 * tree, a few hundred products, suppliers and a month of movements, all made through the
 * modules' own services so they obey the same rules as real data.
 */
package dev.stockroom.demo;
