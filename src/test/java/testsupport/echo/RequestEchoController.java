package testsupport.echo;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers with what the application believes about a request: who sent it and over which
 * scheme. Outside {@code dev.stockroom}, so component scanning never finds it: only a
 * test that imports it has it (the permission matrix has no row for it, so it needs a
 * signed-in user, like every path the matrix does not name).
 */
@RestController
public class RequestEchoController {

	/** Where it answers: under {@code /api}, so a bearer token signs the caller in. */
	public static final String PATH = "/api/test/request-echo";

	@GetMapping(PATH)
	Map<String, Object> echo(HttpServletRequest request) {
		return Map.of("remoteAddr", request.getRemoteAddr(), "scheme", request.getScheme(), "secure",
				request.isSecure());
	}

}
