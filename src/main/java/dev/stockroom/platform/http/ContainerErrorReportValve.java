package dev.stockroom.platform.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.util.HtmlUtils;

import dev.stockroom.platform.error.Problems;

/**
 * Tomcat's answer to a request it refuses before the application sees it (a header over
 * its limit or with a control character, {@code %00} in the path, a request line too
 * long): a problem detail under {@code /api/}, a plain page of the site elsewhere, both
 * with the headers Spring Security would have set, instead of Tomcat's own HTML report.
 * Only the body is replaced: the valve's handling of a response that failed after it was
 * committed (closing the connection, so that the client sees the failure) stays Tomcat's.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

	private static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff",
			"X-Frame-Options", "DENY", "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
			"Referrer-Policy", "strict-origin-when-cross-origin", "Cache-Control", "no-store");

	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own: only an error without a body yet, and only once.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		// Tomcat refuses with statuses HTTP names; any other keeps Tomcat's answer.
		if (known == null) {
			return;
		}
		String uri = request.getRequestURI();
		boolean api = uri != null && uri.startsWith("/api/");
		try {
			SECURITY_HEADERS.forEach((name, value) -> {
				if (!response.containsHeader(name)) {
					response.setHeader(name, value);
				}
			});
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? problem(known, uri) : page(status, known.getReasonPhrase()));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response cannot take a body: nothing to add.
		}
	}

	/*
	 * The problem every other error of the API is, from the same builder. Tomcat makes
	 * this valve from its class name while the application context is still starting, so
	 * it cannot have the application's JsonMapper nor Problems#write; a mapper of its own
	 * serialises the problem as Spring MVC's converter does (the mixin puts the extra
	 * members at the top level), and Tomcat's reporter writes it.
	 */
	private static String problem(HttpStatus status, String path) {
		ProblemDetail problem = Problems.problem(status, Problems.typeOf(status), status.getReasonPhrase(),
				"The server refused the request because it is malformed or too large");
		problem.setInstance(Problems.instance(path));
		return JSON.writeValueAsString(problem);
	}

	private static String page(int status, String title) {
		String heading = HtmlUtils.htmlEscape(status + " " + title);
		return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + heading
				+ " · Stockroom</title></head><body><main><h1>" + heading
				+ "</h1><p>The request was refused because it is malformed or too large.</p>"
				+ "<p><a href=\"/\">Back to Stockroom</a></p></main></body></html>";
	}

}
