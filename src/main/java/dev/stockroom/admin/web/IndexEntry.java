package dev.stockroom.admin.web;

import dev.stockroom.admin.ModelAdmin;

/** One model on the index: its registration and whether the user may add one. */
record IndexEntry(ModelAdmin admin, boolean mayAdd) {
}
