package dev.stockroom.platform.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import dev.stockroom.platform.error.Problems;
import dev.stockroom.platform.error.Problems.FieldMessage;

/**
 * Refuses a request whose query or form parameters no field could mean, before anything
 * binds them: text with control characters ({@link TextInput}), and a {@code sort} that
 * is not valid percent-encoding (Spring Data decodes {@code sort} a second time, so
 * {@code sort=%25zz} would fail inside its argument resolver). The API answers a 400
 * problem detail naming the parameters; a page answers the site's 400 error page.
 *
 * <p>
 * One filter rather than a check on each field: it sees every parameter of every
 * controller, the admin site's generic forms and Spring Security's sign-in form alike
 * (which no binder reaches), so a field added later is covered without anyone remembering
 * to. A multipart body is left to its controller: reading its parts here would parse the
 * upload before the size limits answer.
 */
class RequestParameterFilter extends OncePerRequestFilter {

	private static final String SORT = "sort";

	private final Problems problems;

	RequestParameterFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request)) {
			chain.doFilter(request, response);
			return;
		}
		List<FieldMessage> errors = check(request.getParameterMap());
		if (errors.isEmpty()) {
			chain.doFilter(request, response);
		}
		else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.problems.write(request, response, Problems.validationProblem(errors));
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	static List<FieldMessage> check(Map<String, String[]> parameters) {
		List<FieldMessage> errors = new ArrayList<>();
		parameters.forEach((name, values) -> {
			String field = TextInput.printable(name);
			if (!field.equals(name)) {
				errors.add(new FieldMessage(field, "the parameter's name must not contain control characters"));
				return;
			}
			for (String value : values) {
				if (value == null) {
					continue;
				}
				String problem = TextInput.problem(name, value);
				if (problem == null && SORT.equals(name) && !decodable(value)) {
					problem = "is not valid percent-encoding";
				}
				if (problem != null) {
					errors.add(new FieldMessage(field, problem));
					return;
				}
			}
		});
		return errors;
	}

	private static boolean decodable(String value) {
		try {
			UriUtils.decode(value, StandardCharsets.UTF_8);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
