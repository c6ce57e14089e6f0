/**
 * Stockroom, a modular monolith: the application class, and one feature module per
 * sub-package ({@code catalog}, {@code stock}, {@code identity}, {@code admin},
 * {@code dashboard}, {@code jobs}, {@code demo}, {@code bench}) on top of
 * {@code platform}, whose boundaries {@code ModularityTests} checks.
 */
package dev.stockroom;
