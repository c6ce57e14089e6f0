package dev.stockroom.platform.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import dev.stockroom.platform.csv.CsvExport;

/**
 * Per-view caching headers for every API read ({@code GET /api/**}):
 * {@code Cache-Control: max-age=0, must-revalidate, private} (see {@link HttpCaching}),
 * and, unless the controller gave one already, an {@code ETag} that is a hash of the
 * body, answered with {@code 304 Not Modified} when the client's {@code If-None-Match}
 * matches. That saves the transfer, not the work: lists change with any of their rows, so
 * no cheaper validator exists.
 *
 * <p>
 * CSV exports are streamed, row by row, so they are never held in memory to be hashed.
 * The header is set before Spring Security's filters run, which then leave out their
 * {@code no-cache, no-store}.
 */
public class ApiResponseCaching extends ShallowEtagHeaderFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.PRIVATE_REVALIDATED.getHeaderValue());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(CsvExport.TEXT_CSV)) {
			disableContentCaching(request);
		}
		super.doFilterInternal(request, response, chain);
	}

}
