package dev.stockroom.platform.error;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.stockroom.platform.error.Problems.FieldMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one problem-details writer: what filters and security handlers answer is what a
 * controller's exception handler answers, {@code instance} included.
 */
class ProblemsTests {

	// As Boot configures the application's mapper for problem details.
	private final JsonMapper json = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private final Problems problems = new Problems(this.json);

	@Test
	void writesStatusContentTypeHeadersAndEveryMemberWithTheRequestsPathAsInstance() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "30");
		MockHttpServletResponse response = write(
				Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", "Slow down"),
				headers);

		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertThat(body.get("type").asString()).isEqualTo("https://stockroom.dev/problems/rate-limited");
		assertThat(body.get("title").asString()).isEqualTo("Too many requests");
		assertThat(body.get("status").asInt()).isEqualTo(429);
		assertThat(body.get("detail").asString()).isEqualTo("Slow down");
		assertThat(body.get("instance").asString()).isEqualTo("/api/v1/products");
	}

	@Test
	void aValidationProblemListsEachFieldAndCarriesInstance() throws Exception {
		MockHttpServletResponse response = write(
				Problems.validationProblem(List.of(new FieldMessage("q", "must not contain control characters"),
						new FieldMessage("sort", "is not valid percent-encoding"))),
				HttpHeaders.EMPTY);

		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertThat(body.get("type").asString()).isEqualTo("https://stockroom.dev/problems/validation");
		assertThat(body.get("detail").asString())
			.isEqualTo("q: must not contain control characters; sort: is not valid percent-encoding");
		assertThat(body.get("errors")).hasSize(2);
		assertThat(body.get("errors").get(1).get("field").asString()).isEqualTo("sort");
		assertThat(body.get("errors").get(1).get("message").asString()).isEqualTo("is not valid percent-encoding");
		assertThat(body.get("instance").asString()).isEqualTo("/api/v1/products");
	}

	@Test
	void writesTheBytesSpringMvcWritesForTheSameProblem() throws Exception {
		ProblemDetail fromFilter = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameter",
				"Cannot sort by 'password'");
		Problems.withErrors(fromFilter, List.of(new FieldMessage("sort", "Cannot sort by 'password'")));
		String written = write(fromFilter, HttpHeaders.EMPTY).getContentAsString();

		ProblemDetail fromHandler = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameter",
				"Cannot sort by 'password'");
		Problems.withErrors(fromHandler, List.of(new FieldMessage("sort", "Cannot sort by 'password'")));
		// Spring MVC names the request's path when the handler did not.
		fromHandler.setInstance(URI.create("/api/v1/products"));
		MockHttpOutputMessage converted = new MockHttpOutputMessage();
		new JacksonJsonHttpMessageConverter(this.json).write(fromHandler, MediaType.APPLICATION_PROBLEM_JSON,
				converted);

		assertThat(written).isEqualTo(converted.getBodyAsString());
	}

	@Test
	void keepsAnInstanceTheProblemAlreadyNames() throws Exception {
		ProblemDetail problem = Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"Method Not Allowed", "The request was refused: method not allowed");
		problem.setInstance(URI.create("/api/v1/stock-levels"));

		JsonNode body = this.json.readTree(write(problem, HttpHeaders.EMPTY).getContentAsString());

		assertThat(body.get("instance").asString()).isEqualTo("/api/v1/stock-levels");
	}

	@Test
	void quotesAPathThatIsNoValidUri() {
		assertThat(Problems.instance("/api/v1/a b")).hasToString("/api/v1/a%20b");
		assertThat(Problems.instance("/api/v1/products%2F1")).hasToString("/api/v1/products%2F1");
	}

	@Test
	void namesAStatusWithoutAProblemOfItsOwnAfterTheStatus() {
		assertThat(Problems.typeOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).isEqualTo("unsupported-media-type");
	}

	private MockHttpServletResponse write(ProblemDetail problem, HttpHeaders headers) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.problems.write(new MockHttpServletRequest("GET", "/api/v1/products"), response, problem, headers);
		return response;
	}

}
