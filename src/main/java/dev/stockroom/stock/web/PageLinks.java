package dev.stockroom.stock.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The previous and next links of a paged list, keeping every other query parameter (the
 * filters) as the request had it. Relative to this page, so no host name from the request
 * ends up in a link.
 *
 * @param previous the previous page's link, or {@code null} on the first page
 * @param next the next page's link, or {@code null} on the last page
 */
record PageLinks(String previous, String next) {

	static PageLinks of(HttpServletRequest request, Page<?> page) {
		return new PageLinks(page.hasPrevious() ? link(request, page.getNumber() - 1) : null,
				page.hasNext() ? link(request, page.getNumber() + 1) : null);
	}

	private static String link(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
