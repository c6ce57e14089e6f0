package dev.stockroom.admin.web;

import dev.stockroom.admin.Column;

/**
 * One column heading of a change list.
 *
 * @param column the column
 * @param sortBy the ordering a click on the heading asks for; null for a computed column
 * @param sorted {@code ascending} or {@code descending} when the list is sorted by it
 */
record HeaderView(Column column, String sortBy, String sorted) {
}
