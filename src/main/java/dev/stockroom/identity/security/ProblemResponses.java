package dev.stockroom.identity.security;

import java.io.IOException;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import dev.stockroom.platform.error.Problems;

/**
 * The API's 401 and 403 answers, and the 400 of a request the firewall refuses, when
 * Spring Security refuses a request before any controller runs: RFC 9457 problem details
 * like every other error of the API, with {@code WWW-Authenticate} on a 401. The body
 * never says which check failed, nor echoes what the client sent beyond the path
 * ({@code instance}, which every problem names).
 */
final class ProblemResponses {

	private final Problems problems;

	ProblemResponses(Problems problems) {
		this.problems = problems;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			// RFC 6750, section 3.1: invalid_token only where a token was presented.
			boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer, Token");
			write(request, response, headers, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
					presented ? "The credentials are invalid, expired or revoked"
							: "Sign in: send Authorization: Bearer <access token> or Authorization: Token <API token>");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(request, response, HttpHeaders.EMPTY, HttpStatus.FORBIDDEN, "forbidden",
				"Forbidden", "You do not have permission to do this");
	}

	/**
	 * @param allowedHost whether the site serves a host name, to tell a forged
	 * {@code Host} header apart from the firewall's other reasons
	 */
	RequestRejectedHandler requestRejected(Predicate<String> allowedHost) {
		return (request, response, ex) -> {
			if (!allowedHost.test(request.getServerName())) {
				write(request, response, HttpHeaders.EMPTY, HttpStatus.BAD_REQUEST, "invalid-host", "Invalid Host",
						"This site does not answer to the host name in the Host header");
			}
			else {
				write(request, response, HttpHeaders.EMPTY, HttpStatus.BAD_REQUEST, "bad-request", "Bad Request",
						"The request was refused because it is malformed");
			}
		};
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpHeaders headers, HttpStatus status,
			String type, String title, String detail) throws IOException {
		this.problems.write(request, response, Problems.problem(status, type, title, detail), headers);
	}

}
