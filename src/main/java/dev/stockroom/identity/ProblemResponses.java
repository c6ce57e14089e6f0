package dev.stockroom.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The API's 401 and 403 answers, and the 400 of a request the firewall refuses, when
 * Spring Security refuses a request before any controller runs: RFC 9457 problem details
 * like every other error of the API, with {@code WWW-Authenticate} on a 401. The body
 * never says which check failed, nor echoes what the client sent.
 */
final class ProblemResponses {

	private static final String PROBLEM_BASE = "https://stockroom.dev/problems/";

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			// RFC 6750, section 3.1: invalid_token only where a token was presented.
			boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					presented ? "Bearer error=\"invalid_token\"" : "Bearer, Token");
			write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
					presented ? "The credentials are invalid, expired or revoked"
							: "Sign in: send Authorization: Bearer <access token> or Authorization: Token <API token>");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You do not have permission to do this");
	}

	/**
	 * @param allowedHost whether the site serves a host name, to tell a forged
	 * {@code Host} header apart from the firewall's other reasons
	 */
	RequestRejectedHandler requestRejected(Predicate<String> allowedHost) {
		return (request, response, ex) -> {
			if (!allowedHost.test(request.getServerName())) {
				write(response, HttpStatus.BAD_REQUEST, "invalid-host", "Invalid Host",
						"This site does not answer to the host name in the Host header");
			}
			else {
				write(response, HttpStatus.BAD_REQUEST, "bad-request", "Bad Request",
						"The request was refused because it is malformed");
			}
		};
	}

	private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", PROBLEM_BASE + type);
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), body);
	}

}
