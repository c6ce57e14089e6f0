/**
 * The import pages: list and upload, preview with the column mapping, progress.
 */
package dev.stockroom.imports.web;
