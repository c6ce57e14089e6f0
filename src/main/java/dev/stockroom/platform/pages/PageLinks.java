package dev.stockroom.platform.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UrlPathHelper;

/**
 * The pager of every paged list (site and admin) and the other links a list page makes
 * from its own query, built from the request being answered, for the templates (Thymeleaf
 * 3.1 no longer lets them reach the request). Every link keeps the page's other query
 * parameters (search, filters, sort, page size), each value encoded once. In templates:
 * {@code ${@links.pager(page)}} (the pagination fragment,
 * {@code fragments/pagination.html}), {@code ${@links.sort('price')}},
 * {@code ${@links.export('/products.csv')}}, {@code ${@links.with('o', 'sku')}}, and
 * {@code ${@links.isCurrent('/products')}} for the navigation; the filter bar's hidden
 * inputs and "Clear filters" link ({@code fragments/lists.html}).
 */
public class PageLinks {

	/** How many pages either side of the current one the pager numbers. */
	static final int AROUND = 2;

	/** In {@link #window}: pages left out, shown as an ellipsis. */
	static final int GAP = -1;

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	// Far beyond any list's last page, so that a typed number cannot overflow an offset.
	private static final int LAST_PAGE_ASKED = 100_000;

	/**
	 * The page a list's {@code ?page=} asks for, counted from 0. A value that is not a
	 * page number (typed, or from an old link) asks for the first page rather than an
	 * error, as Spring Data's own paging does.
	 * @param page the parameter as sent, or {@code null}
	 * @return the page number, from 0 to 100,000
	 */
	public static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(0, Math.min(Integer.parseInt(page.strip()), LAST_PAGE_ASKED)) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * @param page the page a list shows
	 * @return its pager: numbered links to the first and the last page and to
	 * {@value #AROUND} either side of this one, previous and next, each to this page's
	 * path with {@code page} set (from 0, as the API counts)
	 */
	public Pager pager(Page<?> page) {
		HttpServletRequest request = currentRequest();
		return pager(request.getRequestURI(), request.getParameterMap(), page.getNumber(), page.getTotalPages());
	}

	/**
	 * @param field a column the list may be sorted by
	 * @return the current page sorted by it, ascending unless it is so already, from the
	 * first page
	 */
	public String sort(String field) {
		return sort(field, order(field));
	}

	/**
	 * @param field a column the list may be sorted by
	 * @param order how the list is sorted by it now, as {@link #order(String, Sort)} says
	 * @return the current page sorted by it, descending when it is ascending now, else
	 * ascending, from the first page
	 */
	public String sort(String field, String order) {
		HttpServletRequest request = currentRequest();
		String direction = "ascending".equals(order) ? ",desc" : ",asc";
		return link(request.getRequestURI(), request.getParameterMap(), "sort", field + direction, true);
	}

	/**
	 * @param field a column the list may be sorted by, named as the entity's property
	 * @param sort the order the list was read in (a default order included), or
	 * {@code null} to read it from the request's {@code sort}
	 * @return its {@code aria-sort}: ascending or descending when the list's first order
	 * is by this field, else none
	 */
	public String order(String field, Sort sort) {
		if (sort == null || sort.isUnsorted()) {
			return order(field);
		}
		Sort.Order first = sort.iterator().next();
		if (!first.getProperty().equals(field)) {
			return "none";
		}
		return first.isAscending() ? "ascending" : "descending";
	}

	/**
	 * @param field a column the list may be sorted by
	 * @return its {@code aria-sort} as the current page is sorted: ascending, descending
	 * or none
	 */
	public String order(String field) {
		String current = currentRequest().getParameter("sort");
		if (field.equals(current) || (field + ",asc").equals(current)) {
			return "ascending";
		}
		return (field + ",desc").equals(current) ? "descending" : "none";
	}

	/**
	 * @param path the export's path within the application, e.g. {@code /products.csv}
	 * @return a link to it (context path included) with the current page's filters and
	 * order, for every row rather than one page
	 */
	public String export(String path) {
		HttpServletRequest request = currentRequest();
		return link(request.getContextPath() + path, request.getParameterMap(), null, null, true);
	}

	/**
	 * @param name a query parameter, e.g. {@code o} (the admin's order)
	 * @param value its new value
	 * @return the current page's URL (context path included) with that parameter set and
	 * every other one kept
	 */
	public String with(String name, Object value) {
		return with(null, name, value);
	}

	/**
	 * @param path where the link goes, within the application (e.g. {@code /products}),
	 * or {@code null} for the current page
	 * @param name a query parameter
	 * @param value its new value
	 * @return the URL (context path included) with that parameter set and every other
	 * query parameter of the current request kept
	 */
	public String with(String path, String name, Object value) {
		HttpServletRequest request = currentRequest();
		String target = (path != null) ? request.getContextPath() + path : request.getRequestURI();
		return link(target, request.getParameterMap(), name, String.valueOf(value), false);
	}

	/**
	 * The query parameters a filter bar must carry as hidden inputs, so that "Filter"
	 * keeps what its own fields do not set: the chosen sort (site {@code sort}, admin
	 * {@code o}), the page size, the admin's sidebar filters. Not the page: new filters
	 * start from the first page.
	 * @param fields the names of the bar's own inputs
	 * @return the other parameters of the current request, name and value, in order
	 */
	public List<Map.Entry<String, String>> hidden(List<String> fields) {
		return hidden(currentRequest().getParameterMap(), fields);
	}

	/**
	 * @param filters the query parameters that filter the list (search included)
	 * @return whether any of them is set (not blank) on the current request
	 */
	public boolean filtered(List<String> filters) {
		return filtered(currentRequest().getParameterMap(), filters);
	}

	/**
	 * @param filters the query parameters that filter the list (search included)
	 * @return the current page without them, from the first page, its sort and page size
	 * kept: the "Clear filters" link
	 */
	public String cleared(List<String> filters) {
		HttpServletRequest request = currentRequest();
		return cleared(request.getRequestURI(), request.getParameterMap(), filters);
	}

	static List<Map.Entry<String, String>> hidden(Map<String, String[]> parameters, List<String> fields) {
		List<Map.Entry<String, String>> hidden = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!fields.contains(name) && !name.equals("page")) {
				for (String value : values) {
					hidden.add(Map.entry(name, value));
				}
			}
		});
		return hidden;
	}

	static boolean filtered(Map<String, String[]> parameters, List<String> filters) {
		return filters.stream()
			.map(parameters::get)
			.filter((values) -> values != null)
			.flatMap(Arrays::stream)
			.anyMatch((value) -> !value.isBlank());
	}

	static String cleared(String path, Map<String, String[]> parameters, List<String> filters) {
		Map<String, String[]> kept = new LinkedHashMap<>(parameters);
		kept.keySet().removeAll(filters);
		return link(path, kept, null, null, true);
	}

	/**
	 * @param section a path within the application, e.g. {@code /products}
	 * @return whether the current page is that path or below it ({@code /} only for
	 * itself)
	 */
	public boolean isCurrent(String section) {
		String path = PATHS.getPathWithinApplication(currentRequest());
		if ("/".equals(section)) {
			return "/".equals(path);
		}
		return path.equals(section) || path.startsWith(section + "/");
	}

	/*
	 * A page number past the last (an old bookmark, a list that shrank) has no current
	 * link; its previous link goes to the last page, so the user can get back.
	 */
	static Pager pager(String path, Map<String, String[]> parameters, int current, int totalPages) {
		int total = Math.max(totalPages, 1);
		String previous = (current > 0) ? pageLink(path, parameters, Math.min(current - 1, total - 1)) : null;
		String next = (current < total - 1) ? pageLink(path, parameters, current + 1) : null;
		List<PageLink> pages = new ArrayList<>();
		if (total > 1 || current > 0) {
			for (int n : window(current, total)) {
				pages.add((n == GAP) ? new PageLink("…", null, false)
						: new PageLink(Integer.toString(n + 1), pageLink(path, parameters, n), n == current));
			}
		}
		return new Pager(previous, next, pages);
	}

	/**
	 * @param current the page shown, from 0
	 * @param total how many pages there are, at least 1
	 * @return the pages to number, in order: the first, the last and {@value #AROUND}
	 * either side of the current one, {@link #GAP} where pages are left out; a gap of one
	 * page shows that page instead, as it takes no more room than the ellipsis
	 */
	public static List<Integer> window(int current, int total) {
		int centre = Math.min(current, total - 1);
		TreeSet<Integer> shown = new TreeSet<>(List.of(0, total - 1));
		for (int n = Math.max(0, centre - AROUND); n <= Math.min(total - 1, centre + AROUND); n++) {
			shown.add(n);
		}
		List<Integer> window = new ArrayList<>();
		int last = -1;
		for (int n : shown) {
			if (n - last == 2) {
				window.add(n - 1);
			}
			else if (n - last > 2) {
				window.add(GAP);
			}
			window.add(n);
			last = n;
		}
		return window;
	}

	private static String pageLink(String path, Map<String, String[]> parameters, int page) {
		return link(path, parameters, "page", Integer.toString(page), false);
	}

	/*
	 * Rebuilt from the decoded parameters rather than copied from the raw query string,
	 * so every value is encoded once, as the servlet container decodes it (a + in a value
	 * stays a +, an & stays inside its value). A link that changes what the list holds
	 * (its order, an export) starts from the first page.
	 */
	static String link(String target, Map<String, String[]> parameters, String name, String value, boolean firstPage) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((key, values) -> {
			if (!key.equals(name) && !(firstPage && key.equals("page"))) {
				for (String other : values) {
					query.add(encode(key) + "=" + encode(other));
				}
			}
		});
		if (name != null) {
			query.add(encode(name) + "=" + encode(value));
		}
		return (query.length() > 0) ? target + "?" + query : target;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	/**
	 * What the pagination fragment shows.
	 *
	 * @param previous the previous page's link, or {@code null} on the first page
	 * @param next the next page's link, or {@code null} on the last page
	 * @param pages the numbered links, with gaps; empty when the list has one page
	 */
	public record Pager(String previous, String next, List<PageLink> pages) {
	}

	/**
	 * One entry of the pager.
	 *
	 * @param label the page's number from 1, or an ellipsis for pages left out
	 * @param href the link, or {@code null} for an ellipsis
	 * @param current whether it is the page shown
	 */
	public record PageLink(String label, String href, boolean current) {

		/** Whether this entry stands for pages left out. */
		public boolean gap() {
			return this.href == null;
		}

	}

}
