package dev.stockroom.platform.pages;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a list page that keep its filters: to another page, sorted by a column, or
 * to an export of the same rows. Templates call them: {@code th:href="${links.page(2)}"}.
 */
public final class ListLinks {

	private final String path;

	private final Map<String, String[]> parameters;

	ListLinks(String path, Map<String, String[]> parameters) {
		this.path = path;
		this.parameters = parameters;
	}

	public String page(int number) {
		return link(this.path, "page", Integer.toString(number));
	}

	/** Sorted by the field, ascending unless it is so already; from the first page. */
	public String sort(String field) {
		return link(this.path, "sort", field + ("ascending".equals(order(field)) ? ",desc" : ",asc"));
	}

	/** The field's {@code aria-sort}: ascending, descending or none. */
	public String order(String field) {
		String[] sort = this.parameters.get("sort");
		String current = (sort != null && sort.length > 0) ? sort[0] : "";
		if (current.equals(field) || current.equals(field + ",asc")) {
			return "ascending";
		}
		return current.equals(field + ",desc") ? "descending" : "none";
	}

	/** The same filters and order at another path, every row: an export. */
	public String export(String exportPath) {
		return link(exportPath, null, null);
	}

	private String link(String target, String name, String value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(target);
		this.parameters.forEach((key, values) -> {
			if (!key.equals(name) && !key.equals("page")) {
				builder.queryParam(key, (Object[]) values);
			}
		});
		if (name != null) {
			builder.queryParam(name, value);
		}
		return builder.build().encode().toUriString();
	}

}
