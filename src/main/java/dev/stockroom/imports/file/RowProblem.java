package dev.stockroom.imports.file;

/**
 * What is wrong with one row, as the errors CSV lists it.
 *
 * @param line the row's line, the header being line 1
 * @param field the field (column) at fault, as the file's columns are named
 * @param message what is wrong
 */
public record RowProblem(long line, String field, String message) {
}
