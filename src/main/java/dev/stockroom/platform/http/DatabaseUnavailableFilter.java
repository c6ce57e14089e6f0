package dev.stockroom.platform.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import dev.stockroom.platform.error.DatabaseUnavailable;
import dev.stockroom.platform.error.Problems;

/**
 * A lost database met outside the controllers, where no exception handler sees it: Spring
 * Security loading the signed-in user for every request, say. The answer is the same 503
 * with {@code Retry-After} as a controller's ({@link DatabaseUnavailable}): a problem
 * detail under {@code /api/}, the error page elsewhere. Any other failure, or one met
 * after the answer has started, goes on as before.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final Problems problems;

	public DatabaseUnavailableFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseUnavailable.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable: {}", ex.toString());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.retryAfterSeconds());
			if (!UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/")) {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			this.problems.write(request, response, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
					DatabaseUnavailable.PROBLEM_TYPE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL));
		}
	}

}
