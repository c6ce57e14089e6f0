package dev.stockroom.admin.web;

import java.util.Map;

import dev.stockroom.admin.ListFilter;

/** One filter of a change list's sidebar, with the choice in force. */
record FilterView(String title, String path, String selected, Map<String, String> choices) {

	static FilterView of(ListFilter filter, String selected) {
		return new FilterView(filter.title(), filter.path(), (selected == null) ? "" : selected,
				filter.choices().get());
	}

}
