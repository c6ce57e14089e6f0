package dev.stockroom.platform.http;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that every log line written for it carries (the
 * {@code requestId} of the logging MDC, see {@code logging.pattern.correlation} and the
 * JSON logs of the prod profile), and returns it as {@code X-Request-Id}, so that a
 * user's error report, Nginx's access log and the application's lines can be put side by
 * side.
 *
 * <p>
 * An id sent by the client or by Nginx is kept when it looks like one (letters, digits,
 * {@code . _ -}, at most 64): anything else could forge log lines or fill them, and is
 * replaced by a new random id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = requestId(request.getHeader(HEADER));
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	// Error dispatches log under the same id.
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String requestId(String incoming) {
		if (StringUtils.hasText(incoming) && VALID.matcher(incoming).matches()) {
			return incoming;
		}
		return UUID.randomUUID().toString();
	}

}
