package dev.stockroom.admin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.admin.web.AdminQueries.ListQuery;

/**
 * A model's change list (Django's {@code changelist_view}): one page of rows, searched,
 * filtered and sorted by the registration's columns, with the bulk actions the user may
 * run ({@link ChangeListActionController} runs them).
 */
@Controller
@RequestMapping("/admin")
class ChangeListController {

	private static final int MAX_PAGE_SIZE = 100;

	private final AdminSite site;

	private final AdminQueries queries;

	ChangeListController(AdminSite site, AdminQueries queries) {
		this.site = site;
		this.queries = queries;
	}

	@GetMapping("/{model}")
	String changeList(@PathVariable String model, @RequestParam MultiValueMap<String, String> params, Model ui) {
		ModelAdmin admin = this.site.require(model, Operation.VIEW);
		Map<ListFilter, Object> filters = new LinkedHashMap<>();
		for (ListFilter filter : admin.listFilter()) {
			String value = params.getFirst(filter.path());
			Object argument = (value == null || value.isBlank()) ? null : filter.parse().apply(value);
			if (argument != null) {
				filters.put(filter, argument);
			}
		}
		String ordering = ordering(admin, params.getFirst("o"));
		String search = blankToNull(params.getFirst("q"));
		int size = Math.min(Math.max(number(params.getFirst("size"), admin.listPerPage()), 1), MAX_PAGE_SIZE);
		// Clamped so that page * size, the rows skipped,
		// stays an int (JPA's first result).
		int page = Math.min(Math.max(number(params.getFirst("page"), 0), 0), Integer.MAX_VALUE / size);
		Page<AdminRow> rows = this.queries.list(admin, new ListQuery(search, filters, ordering, page, size));

		ui.addAttribute("admin", admin);
		ui.addAttribute("rows", rows);
		ui.addAttribute("search", search);
		ui.addAttribute("headers", headers(admin, ordering));
		ui.addAttribute("filters",
				admin.listFilter()
					.stream()
					.map((filter) -> FilterView.of(filter, params.getFirst(filter.path())))
					.toList());
		List<String> filterParameters = new ArrayList<>(List.of("q"));
		admin.listFilter().forEach((filter) -> filterParameters.add(filter.path()));
		ui.addAttribute("filterParameters", filterParameters);
		ui.addAttribute("listQuery", ListReturn.of(params));
		ui.addAttribute("actions",
				admin.actions().stream().filter((a) -> this.site.may(admin, a.permission())).toList());
		ui.addAttribute("mayAdd", this.site.may(admin, Operation.ADD));
		return "admin/change-list";
	}

	// Only a column shown in the list may order it (a JPQL path never comes from the
	// request as typed); anything else falls back to the default ordering.
	private static String ordering(ModelAdmin admin, String requested) {
		if (requested != null) {
			String path = requested.startsWith("-") ? requested.substring(1) : requested;
			boolean sortable = admin.listDisplay()
				.stream()
				.anyMatch((column) -> column.isProperty() && column.name().equals(path));
			if (sortable) {
				return requested;
			}
		}
		return admin.ordering();
	}

	private static List<HeaderView> headers(ModelAdmin admin, String ordering) {
		List<HeaderView> headers = new ArrayList<>();
		for (Column column : admin.listDisplay()) {
			String sorted = ordering.equals(column.name()) ? "ascending"
					: ordering.equals("-" + column.name()) ? "descending" : null;
			String next = "ascending".equals(sorted) ? "-" + column.name() : column.name();
			headers.add(new HeaderView(column, column.isProperty() ? next : null, sorted));
		}
		return headers;
	}

	private static int number(String text, int fallback) {
		try {
			return (text != null) ? Integer.parseInt(text) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
