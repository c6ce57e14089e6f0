package dev.stockroom.platform.error;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import testsupport.pages.PageFixturesController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page's errors are pages: 403, 404, 405 and 500 in the layout, with the right status,
 * never a stack trace, an exception's name or its message, and never problem JSON (which
 * stays the API's). Over real HTTP, because the servlet container's error dispatch (which
 * renders them) is not part of MockMvc. Also the layout's fragments with data a test
 * controller chooses.
 */
@IntegrationTest
@Import(PageFixturesController.class)
@DirtiesContext
class PageErrorsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	HttpClient browser;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = csrfToken(send(getPage("/login")));
		HttpResponse<String> login = send(
				postForm("/login", Map.of("username", "viewer", "password", PageSignIn.DEMO_PASSWORD, "_csrf", token)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
	}

	@Test
	void anUnknownPathIsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = send(getPage("/no-such-page"));

		Document page = errorPage(response, 404);
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void anUnsupportedMethodIsTheMethodNotAllowedPage() throws Exception {
		String token = csrfToken(send(getPage("/")));

		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/"))
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.header("X-CSRF-TOKEN", token));

		Document page = errorPage(response, 405);
		assertThat(page.select("h1").text()).isEqualTo("This action is not supported here");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsTheForbiddenPage() throws Exception {
		HttpResponse<String> response = send(postForm("/account/password", Map.of("currentPassword", "x")));

		Document page = errorPage(response, 403);
		assertThat(page.select("h1").text()).isEqualTo("You may not do this");
	}

	@Test
	void aPermissionRefusedInsideAPageControllerIsTheForbiddenPage() throws Exception {
		HttpResponse<String> response = send(getPage(PageFixturesController.FORBIDDEN));

		errorPage(response, 403);
	}

	@Test
	void anExceptionInAPageControllerIsTheErrorPageWithoutItsDetails() throws Exception {
		HttpResponse<String> response = send(getPage(PageFixturesController.BROKEN));

		Document page = errorPage(response, 500);
		assertThat(page.select("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(response.body()).doesNotContain(PageFixturesController.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("Exception")
			.doesNotContain("at testsupport.");
	}

	@Test
	void theApiStillAnswersProblemDetailsOverHttp() throws Exception {
		HttpResponse<String> response = send(getPage("/api/v1/no-such-thing"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void theFragmentsRenderLabelledFieldsWithTheirErrorsBreadcrumbsAndPageLinks() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		String html = this.mvc
			.perform(get(PageFixturesController.FRAGMENTS).param("page", "4")
				.param("q", "a&b c+d")
				.session(session)
				.with(SignIn.anonymous()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		Element name = page.selectFirst("input#name");
		assertThat(name).isNotNull();
		assertThat(name.attr("aria-invalid")).isEqualTo("true");
		assertThat(name.attr("aria-describedby")).isEqualTo("name-error");
		assertThat(page.select("label[for=name]").text()).isEqualTo("Name");
		assertThat(page.select("#name-error").text()).isEqualTo("Enter a name");
		assertThat(page.selectFirst("textarea#notes").hasAttr("aria-invalid")).isFalse();
		assertThat(page.selectFirst("textarea#notes").text()).isEqualTo("Some notes");
		assertThat(page.select("select#unit option[selected]").text()).isEqualTo("Box");

		assertThat(page.select("nav[aria-label=Breadcrumb] a").attr("href")).isEqualTo("/products");
		assertThat(page.select("nav[aria-label=Breadcrumb] [aria-current=page]").text()).isEqualTo("Box of screws");

		assertThat(page.select("[data-stock-state]").attr("data-stock-state")).isEqualTo("low");
		assertThat(page.select("#money").text()).isEqualTo("€1,234.50");

		Element pages = page.selectFirst("nav[aria-label=Pages]");
		assertThat(pages).isNotNull();
		assertThat(pages.select("[aria-current=page]").text()).isEqualTo("5");
		assertThat(pages.select("a[rel=next]").attr("href")).startsWith(PageFixturesController.FRAGMENTS + "?")
			.contains("q=a%26b+c%2Bd")
			.contains("page=5");
		assertThat(pages.select("a[rel=prev]").attr("href")).contains("page=3");
		assertThat(pages.select("a.page-link").eachText()).contains("1", "10").doesNotContain("8");
	}

	// An error page: the status, HTML in the layout (navigation, the main landmark),
	// a way back, and nothing of the API's problem JSON.
	private static Document errorPage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("nav[aria-label=Main]")).hasSize(1);
		assertThat(page.select("main#content")).hasSize(1);
		assertThat(page.select("main a[href=/]")).isNotEmpty();
		assertThat(page.select(".error-status").text()).isEqualTo("Error " + status);
		assertThat(response.body()).doesNotContain("\"status\"").doesNotContain("Exception").doesNotContain("trace");
		return page;
	}

	private static String csrfToken(HttpResponse<String> page) {
		Element input = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
		assertThat(input).as("a form with a CSRF token").isNotNull();
		return input.attr("value");
	}

	private HttpRequest.Builder getPage(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder postForm(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.browser.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
