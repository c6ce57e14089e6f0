package dev.stockroom.platform.error;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The one writer of the API's RFC 9457 problem details, for the exception handlers and
 * for whatever answers before a controller runs (filters, Spring Security's handlers, the
 * error controller): it makes a problem with its {@code type} under {@link #TYPE_BASE},
 * and writes one as {@code application/problem+json} through the application's
 * {@link JsonMapper}, so a problem from a filter reads byte for byte as one from a
 * controller. Every problem names its {@code instance}, the request's path: Spring MVC
 * sets it on a problem a handler returns, {@link #write} on the others.
 */
@Component
public final class Problems {

	/** Where every problem type lives: {@code type} is this plus a slug. */
	public static final String TYPE_BASE = "https://stockroom.dev/problems/";

	private static final TypeReference<Map<String, Object>> MEMBERS = new TypeReference<>() {
	};

	private final JsonMapper json;

	public Problems(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param status the answer's status
	 * @param type the slug of the problem's type, e.g. {@code rate-limited}
	 * @param title the same for every problem of this type
	 * @param detail what went wrong this time, in words the client may show
	 * @return a problem without {@code instance}, which {@link #write} or Spring MVC adds
	 */
	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * @param status a status with no more particular problem
	 * @return its slug: {@code method-not-allowed} for a 405
	 */
	public static String typeOf(HttpStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A 400 listing what is wrong with each field; the detail joins them. */
	public static ProblemDetail validationProblem(List<FieldMessage> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
				errors.stream().map((e) -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
		return withErrors(problem, errors);
	}

	/** Adds {@code errors: [{"field", "message"}]} to a problem. */
	static ProblemDetail withErrors(ProblemDetail problem, List<FieldMessage> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Writes a problem as the answer, for code that runs outside Spring MVC.
	 * @param request the request answered, whose path becomes {@code instance} unless the
	 * problem names one
	 * @param response the answer, not yet committed
	 * @param problem the problem; its status becomes the answer's
	 * @param headers headers the answer needs besides the body's (a {@code Retry-After},
	 * a {@code WWW-Authenticate})
	 * @throws IOException if the client has gone
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
			HttpHeaders headers) throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request.getRequestURI()));
		}
		response.setStatus(problem.getStatus());
		headers.forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach((value) -> response.addHeader(name, value));
		});
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * {@link #write(HttpServletRequest, HttpServletResponse, ProblemDetail, HttpHeaders)}
	 * with no more headers.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		write(request, response, problem, HttpHeaders.EMPTY);
	}

	/**
	 * @param path a request's path as the client sent it
	 * @return the path as a URI; one Tomcat let through with a character a URI may not
	 * hold comes quoted, rather than failing the answer that reports the problem
	 */
	public static URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			try {
				return new URI(null, null, path, null);
			}
			catch (URISyntaxException unquotable) {
				return null;
			}
		}
	}

	/**
	 * A problem as the members its JSON has, in their order, for a caller whose answer
	 * must be a map (Boot's error controller).
	 */
	public Map<String, Object> members(ProblemDetail problem) {
		return this.json.convertValue(problem, MEMBERS);
	}

	/** One invalid field or parameter and what is wrong with it. */
	public record FieldMessage(String field, String message) {
	}

}
