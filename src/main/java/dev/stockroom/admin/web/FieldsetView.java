package dev.stockroom.admin.web;

import java.util.List;

/** One fieldset of a change form, as shown. */
record FieldsetView(String title, List<FieldView> fields) {
}
