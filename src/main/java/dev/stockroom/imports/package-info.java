/**
 * CSV imports with preview and progress: products (created or updated by SKU) and stock
 * counts (a COUNT movement per row). An upload is checked and previewed
 * ({@link dev.stockroom.imports.ImportService}), then loaded in chunks by
 * {@link dev.stockroom.imports.ImportRunner}, each chunk one transaction that also
 * advances the import's progress, through the catalog's
 * {@link dev.stockroom.catalog.ProductImport} and the stock module's
 * {@link dev.stockroom.stock.StockCountImport}, never their repositories. This base
 * package is the module's API: the service, the runner,
 * {@link dev.stockroom.imports.ImportView} and the kinds; {@code file} reads files,
 * {@code api} and {@code web} are the REST endpoints and the pages.
 */
package dev.stockroom.imports;
