package dev.stockroom.platform.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import dev.stockroom.platform.error.Problems;

/**
 * Boot's {@code /error}, which answers what the servlet container sends there (a
 * {@code TRACE}, which Tomcat refuses with a 405 before any controller; an exception no
 * handler caught): for a request under {@code /api/} a problem detail like every other
 * error of the API, instead of Boot's own JSON. Pages keep Boot's error views
 * ({@code templates/error/}).
 */
class ProblemErrorController extends BasicErrorController {

	private final Problems problems;

	ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
			List<ErrorViewResolver> errorViewResolvers, Problems problems) {
		super(errorAttributes, errorProperties, errorViewResolvers);
		this.problems = problems;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		// Tomcat includes the error page in a response that was already committed (a CSV
		// export that failed part of the way) before it breaks the connection: nothing is
		// added to the file.
		if (request.getAttribute(RequestDispatcher.INCLUDE_REQUEST_URI) != null) {
			return ResponseEntity.noContent().build();
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		HttpStatus status = getStatus(request);
		if (!(path instanceof String uri) || !uri.startsWith(request.getContextPath() + "/api/")
				|| status == HttpStatus.NO_CONTENT) {
			return super.error(request);
		}
		String title = status.getReasonPhrase();
		ProblemDetail problem = Problems.problem(status, Problems.typeOf(status), title,
				status.is5xxServerError() ? "Something went wrong on our side; the error has been logged"
						: "The request was refused: " + title.toLowerCase(Locale.ROOT));
		// The request answered, not the error page it was forwarded to.
		problem.setInstance(Problems.instance(uri));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.members(problem));
	}

}
