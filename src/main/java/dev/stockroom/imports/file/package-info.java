/**
 * Reading an import's file: {@link dev.stockroom.imports.file.CsvFile} streams its rows
 * (strict UTF-8, commons-csv), {@link dev.stockroom.imports.file.Mapping} says which
 * field each column is, and {@link dev.stockroom.imports.file.ProductRows} and
 * {@link dev.stockroom.imports.file.CountRows} read a row's cells into the values the
 * catalog and the stock module import.
 */
package dev.stockroom.imports.file;
