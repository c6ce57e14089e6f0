package dev.stockroom.admin.web;

import java.util.List;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Inline;

/** One inline of a change form: its rows, its extra row and whether the user may edit. */
record InlineView(Inline inline, List<AdminRow> rows, List<FieldView> extra, boolean editable) {
}
