package dev.stockroom.platform.http;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.RawHttp;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hostile inputs of a security test, each of which once answered a 500 or a 409 (or
 * booked a cut number): every one is a 400 problem detail on the API, naming the
 * parameter or field where there is one, and never reaches PostgreSQL as a data error.
 */
@IntegrationTest
class HostileInputIntegrationTests {

	private static final String[] LISTS = { "/api/v1/products", "/api/v1/categories", "/api/v1/suppliers",
			"/api/v1/warehouses", "/api/v1/stock/levels", "/api/v1/stock/movements" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTokens tokens;

	@Value("${local.server.port}")
	int port;

	static Stream<String> lists() {
		return Stream.of(LISTS);
	}

	@ParameterizedTest
	@MethodSource("lists")
	void refusesANulByteInASearchNamingTheParameter(String list) throws Exception {
		badRequest(this.mvc.perform(get(list).param("q", "bolt\0")), "q");
	}

	@ParameterizedTest
	@MethodSource("lists")
	void refusesASortThatIsNotValidPercentEncoding(String list) throws Exception {
		// sort=%25zz on the wire: Spring Data would decode "%zz" once more and fail.
		badRequest(this.mvc.perform(get(list).param("sort", "%zz")), "sort");
	}

	@ParameterizedTest
	@MethodSource("lists")
	void refusesAPageBeyondTheOffsetsAQueryCanSkip(String list) throws Exception {
		badRequest(this.mvc.perform(get(list).param("page", "21474837").param("size", "100")), "page");
	}

	@ParameterizedTest
	@MethodSource("lists")
	void refusesHostileFiltersBeforeACsvExportStarts(String list) throws Exception {
		badRequest(this.mvc.perform(get(list).accept("text/csv").param("q", "\0")), "q");
		badRequest(this.mvc.perform(get(list).accept("text/csv").param("sort", "%zz")), "sort");
	}

	@ParameterizedTest
	@ValueSource(strings = { "from", "to" })
	void refusesAMovementFilterTimeThePostgresCannotStore(String parameter) throws Exception {
		badRequest(this.mvc.perform(get("/api/v1/stock/movements").param(parameter, "-999999999-01-01T00:00:00Z")),
				parameter);
		badRequest(this.mvc
			.perform(get("/api/v1/stock/movements").accept("text/csv").param(parameter, "+999999999-12-31T00:00:00Z")),
				parameter);
	}

	@Test
	void refusesATokenExpiryThePostgresCannotStore() throws Exception {
		badRequest(
				this.mvc.perform(post("/api/v1/account/tokens").contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"far future\", \"expiresAt\": \"+999999999-01-01T00:00:00Z\"}")),
				"expiresAt");
	}

	@Test
	void refusesControlCharactersInAJsonStringNamingTheFieldAndWritesNothing() throws Exception {
		long before = count("warehouses");
		badRequest(this.mvc.perform(post("/api/v1/warehouses").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"NUL-1\", \"name\": \"Hall\\u0000A\"}")), "name");
		// A line break is text in a multi-line field, a control character in a name.
		badRequest(this.mvc.perform(post("/api/v1/warehouses").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"NUL-2\", \"name\": \"Hall\\nA\"}")), "name");
		assertThat(count("warehouses")).isEqualTo(before);
		this.mvc
			.perform(post("/api/v1/warehouses").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"NL-OK\", \"name\": \"Hall A\", \"address\": \"1 Dock Road\\nPortsmouth\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void refusesAFractionalNumberWhereAnIntegerIsExpectedAndBooksNothing() throws Exception {
		long product = product();
		long warehouse = create("/api/v1/warehouses", "{\"code\": \"%s\", \"name\": \"Hall\"}");
		long movements = count("stock_movements");
		badRequest(this.mvc.perform(post("/api/v1/stock/movements").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"RECEIPT\",\"productId\":%d.9,\"warehouseId\":%d.7,\"quantity\":2}".formatted(product,
					warehouse))),
				"productId");
		badRequest(this.mvc.perform(post("/api/v1/stock/movements").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"RECEIPT\",\"productId\":%d,\"warehouseId\":%d,\"quantity\":2.99}".formatted(product,
					warehouse))),
				"quantity");
		assertThat(count("stock_movements")).isEqualTo(movements);
	}

	@Test
	void refusesANulInAnUploadedFileNameWithAProblem() throws Exception {
		long product = product();
		String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\0b.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\nnot a png\r\n--b--\r\n";
		RawHttp.Response answer = RawHttp.exchange(this.port,
				"PUT /api/v1/products/" + product + "/image HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
						+ this.tokens.bearer("admin") + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
						+ "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	// Over real HTTP: Tomcat refuses these before the application sees them.

	@Test
	void answersAHeaderOverTheLimitWithAProblemAndTheSecurityHeaders() throws Exception {
		RawHttp.Response answer = RawHttp.get(this.port, "/api/v1/products",
				Map.of("Host", "localhost", "X-Padding", "a".repeat(9_000)));
		assertContainerProblem(answer);
	}

	@Test
	void answersAControlCharacterInAHeaderWithAProblem() throws Exception {
		assertContainerProblem(RawHttp.exchange(this.port,
				"GET /api/v1/products HTTP/1.1\r\nHost: localhost\r\nX-Evil: a\u0001b\r\nConnection: close\r\n\r\n"));
	}

	@Test
	void answersANulInThePathWithAProblem() throws Exception {
		RawHttp.Response answer = RawHttp.exchange(this.port,
				"GET /api/v1/products%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertContainerProblem(answer);
		// Refused by Tomcat, yet named like any other problem.
		assertThat(answer.body()).contains("\"instance\":\"/api/v1/products%00\"");
	}

	@Test
	void answersAHugeQueryWithTheSitesOwnAnswer() throws Exception {
		RawHttp.Response answer = RawHttp.exchange(this.port, "GET /api/v1/products?q=" + "a".repeat(100_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		// Tomcat gives up on the request line, so not even the path is known: the answer
		// is the site's plain error page, with its headers, not Tomcat's report.
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.body()).contains("Stockroom").doesNotContain("Tomcat");
	}

	@Test
	void answersTraceWithAProblem() throws Exception {
		RawHttp.Response answer = RawHttp.exchange(this.port, "TRACE /api/v1/products HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: " + this.tokens.bearer("admin") + "\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.header("Content-Type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(answer.body()).contains("\"status\":405").doesNotContain("timestamp");
	}

	@Test
	void answersAPageWithTomcatsRefusalAsAPageOfTheSite() throws Exception {
		RawHttp.Response answer = RawHttp.exchange(this.port,
				"GET /products%00 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("text/html");
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.body()).contains("Stockroom").doesNotContain("Apache Tomcat");
	}

	@Test
	void answersACsvExportWithABadFilterWithAProblemOverHttp() throws Exception {
		RawHttp.Response answer = RawHttp.get(this.port, "/api/v1/products?q=%00",
				Map.of("Host", "localhost", "Accept", "text/csv", "Authorization", this.tokens.bearer("admin")));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	private static void assertContainerProblem(RawHttp.Response answer) {
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.body()).contains("\"status\":400").doesNotContain("Tomcat");
	}

	private static void badRequest(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").exists())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private long product() throws Exception {
		return create("/api/v1/products", "{\"sku\": \"%s\", \"name\": \"Bolt\"}");
	}

	// A new row through the API, under a code of its own: its id.
	private long create(String path, String json) throws Exception {
		String code = "H-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String body = this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.formatted(code)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
