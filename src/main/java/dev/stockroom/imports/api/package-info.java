/**
 * The REST endpoints of imports, {@code /api/v1/imports}.
 */
package dev.stockroom.imports.api;
