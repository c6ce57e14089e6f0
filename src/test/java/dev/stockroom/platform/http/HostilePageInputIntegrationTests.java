package dev.stockroom.platform.http;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' side of the hostile inputs: each is the site's 400 error page (never a 500,
 * never problem JSON), including the sign-in form before anyone is signed in. Over real
 * HTTP, because the container's error dispatch renders the page.
 */
@IntegrationTest
class HostilePageInputIntegrationTests {

	@LocalServerPort
	int port;

	HttpClient browser;

	@BeforeEach
	void setUp() {
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void aNulByteInTheSignInFormIsAFailedSignInNotAnError() throws Exception {
		HttpResponse<String> login = signIn("cl\0erk", PageSignIn.DEMO_PASSWORD);
		assertThat(login.statusCode()).isBetween(300, 499);
		if (login.statusCode() == 400) {
			assertErrorPage(login);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/products?q=%00", "/categories?q=%00", "/suppliers?q=%00", "/warehouses?q=%00",
			"/products?sort=%25zz", "/categories?sort=%25zz", "/products?page=21474837&size=100",
			"/categories?page=21474837&size=100", "/products.csv?q=%00", "/admin/products?q=%00" })
	void hostileListParametersAreTheBadRequestPage(String path) throws Exception {
		signInAsAdmin();
		assertErrorPage(send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")));
	}

	@Test
	void aMovementFilterDateThePostgresCannotStoreIsAMessageBesideTheFilter() throws Exception {
		signInAsAdmin();
		// PostgreSQL's range ends in 294276 AD:
		// sent on, the query failed as a data error.
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(uri("/stock/movements?from=%2B300000-01-01")).header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select(".field-error").text()).contains("between the years 1 and 9999");
	}

	private void signInAsAdmin() throws Exception {
		assertThat(signIn("admin", PageSignIn.DEMO_PASSWORD).statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> signIn(String username, String password) throws Exception {
		String page = send(HttpRequest.newBuilder(uri("/login"))).body();
		String token = Jsoup.parse(page).selectFirst("input[name=_csrf]").attr("value");
		String form = Map.of("username", username, "password", password, "_csrf", token)
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static void assertErrorPage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(Jsoup.parse(response.body()).select("main")).isNotEmpty();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
