package dev.stockroom.platform.pages;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The one pager on each kind of list (a {@link CrudPages} list, a stock page, the admin's
 * change list), followed over real HTTP as a browser follows it, so that Tomcat decodes
 * the links: numbered pages, and a page-2 link that keeps the list's sort, filters and
 * page size, a filter with an ampersand, spaces, a plus and letters outside ASCII
 * included.
 */
@IntegrationTest
class PageLinksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	HttpClient browser;

	String tag;

	// What a user may type into a search box; unique to this test.
	String filter;

	@BeforeEach
	void signIn() throws Exception {
		this.tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		this.filter = "Süß & Co+" + this.tag;
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").attr("value");
		String form = Map.of("username", "admin", "password", PageSignIn.DEMO_PASSWORD, "_csrf", token)
			.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> login = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
	}

	@Test
	void aFilteredSortedProductListsPageLinksKeepTheSortAndTheFilter() throws Exception {
		products(5);

		Document first = page("/products?q=" + encode(this.filter) + "&sort=price,desc&size=2");
		Element pager = pager(first);
		assertThat(pager.select("a.page-link").eachText()).containsExactly("1", "2", "3", "Next");
		assertThat(pager.select("[aria-current=page]").text()).isEqualTo("1");
		assertThat(pager.select(".pagination-summary").text()).isEqualTo("Page 1 of 3 (5 products)");
		String second = pager.select("a[aria-label=Page 2]").attr("href");
		assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo(second);
		assertThat(second).startsWith("/products?")
			.contains("q=S%C3%BC%C3%9F+%26+Co%2B" + this.tag)
			.contains("sort=price%2Cdesc")
			.contains("size=2")
			.contains("page=1");

		Document next = page(second);
		assertThat(pager(next).select("[aria-current=page]").text()).isEqualTo("2");
		assertThat(next.select("tbody td:first-child a").eachText()).containsExactly(sku(3), sku(2));
		assertThat(next.select("th[aria-sort=descending] .sort-link > span:first-child").text()).isEqualTo("Price");
		assertThat(pager(next).select("a[rel=prev]").attr("href"))
			.isEqualTo(pager(next).select("a[aria-label=Page 1]").attr("href"))
			.contains("sort=price%2Cdesc")
			.contains("page=0");
	}

	@Test
	void theAdminChangeListsPageLinksKeepItsOrderAndFilters() throws Exception {
		products(5);

		Document first = page("/admin/products?q=" + encode(this.filter) + "&o=-cost&active=true&size=2");
		assertThat(pager(first).select("a.page-link").eachText()).containsExactly("1", "2", "3", "Next");
		String second = pager(first).select("a[aria-label=Page 2]").attr("href");

		Document next = page(second);
		assertThat(pager(next).select("[aria-current=page]").text()).isEqualTo("2");
		assertThat(next.select("tbody tr[id^=row-] td:nth-child(2)").eachText()).containsExactly(sku(3), sku(2));
		assertThat(pager(next).select(".pagination-summary").text()).isEqualTo("Page 2 of 3 (5 products)");
	}

	@Test
	void theMovementHistorysPagesKeepItsFilters() throws Exception {
		long product = id(created("/api/v1/products", "{\"sku\": \"PG-%s\", \"name\": \"Moved\"}".formatted(this.tag)));
		long warehouse = id(
				created("/api/v1/warehouses", "{\"code\": \"PG%s\", \"name\": \"Paged\"}".formatted(this.tag)));
		int receipts = 51;
		for (int i = 0; i < receipts; i++) {
			created("/api/v1/stock/movements",
					"{\"type\": \"RECEIPT\", \"productId\": %d, \"warehouseId\": %d, \"quantity\": 1}"
						.formatted(product, warehouse));
		}
		created("/api/v1/stock/movements",
				"{\"type\": \"ISSUE\", \"productId\": %d, \"warehouseId\": %d, \"quantity\": 1}".formatted(product,
						warehouse));

		Document first = page("/stock/movements?product=" + product + "&type=RECEIPT");
		assertThat(pager(first).select("a.page-link").eachText()).containsExactly("1", "2", "Next");
		String second = pager(first).select("a[rel=next]").attr("href");
		assertThat(second).contains("product=" + product).contains("type=RECEIPT").contains("page=1");

		Document next = page(second);
		assertThat(pager(next).select("[aria-current=page]").text()).isEqualTo("2");
		assertThat(next.select("table.movements tbody tr")).hasSize(1);
		assertThat(next.select("table.movements tbody").text()).contains("RECEIPT").doesNotContain("ISSUE");
	}

	private void products(int count) throws Exception {
		for (int i = 1; i <= count; i++) {
			created("/api/v1/products", "{\"sku\": \"%s\", \"name\": \"%s %d\", \"cost\": %d, \"price\": %d}"
				.formatted(sku(i), this.filter, i, i, i));
		}
	}

	private String sku(int i) {
		return "PG-" + this.tag + "-" + i;
	}

	private static Element pager(Document page) {
		Element pager = page.selectFirst("nav[aria-label=Pages]");
		assertThat(pager).as("the pager").isNotNull();
		return pager;
	}

	private Document page(String pathAndQuery) throws IOException, InterruptedException {
		HttpResponse<String> response = get(pathAndQuery);
		assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String created(String path, String json) throws Exception {
		MvcResult result = this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return result.getResponse().getContentAsString();
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
