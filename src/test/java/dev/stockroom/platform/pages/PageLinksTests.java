package dev.stockroom.platform.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static dev.stockroom.platform.pages.PageLinks.GAP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager's window of numbered pages, and the links it and the list pages build: every
 * other query parameter kept, each value encoded once so that it comes back as it was.
 */
class PageLinksTests {

	// A filter a user may type: an ampersand, spaces, a plus and letters outside ASCII.
	private static final String FILTER = "Süß & Co+1";

	private final PageLinks links = new PageLinks();

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void readsAPageParameterThatIsNoNumberAsTheFirstPage() {
		assertThat(PageLinks.pageNumber("3")).isEqualTo(3);
		assertThat(PageLinks.pageNumber(" 2 ")).isEqualTo(2);
		assertThat(PageLinks.pageNumber(null)).isZero();
		assertThat(PageLinks.pageNumber("two")).isZero();
		assertThat(PageLinks.pageNumber("-4")).isZero();
		assertThat(PageLinks.pageNumber("99999999999")).isZero();
		assertThat(PageLinks.pageNumber("2000000")).isEqualTo(100_000);
	}

	@Test
	void numbersTheFirstAndLastPageAndTwoEitherSideOfTheCurrentOne() {
		assertThat(PageLinks.window(0, 1)).containsExactly(0);
		assertThat(PageLinks.window(0, 5)).containsExactly(0, 1, 2, 3, 4);
		assertThat(PageLinks.window(0, 10)).containsExactly(0, 1, 2, GAP, 9);
		assertThat(PageLinks.window(5, 20)).containsExactly(0, GAP, 3, 4, 5, 6, 7, GAP, 19);
		assertThat(PageLinks.window(19, 20)).containsExactly(0, GAP, 17, 18, 19);
	}

	@Test
	void numbersALonePageLeftOutRatherThanAnEllipsis() {
		assertThat(PageLinks.window(4, 10)).containsExactly(0, 1, 2, 3, 4, 5, 6, GAP, 9);
		assertThat(PageLinks.window(5, 10)).containsExactly(0, GAP, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void pageLinksKeepEveryOtherParameterEncodedOnce() {
		PageLinks.Pager pager = PageLinks.pager("/products", parameters(), 0, 3);

		assertThat(pager.previous()).isNull();
		assertThat(pager.next())
			.isEqualTo("/products?q=S%C3%BC%C3%9F+%26+Co%2B1&category=7&sort=price%2Cdesc&size=2&page=1");
		assertThat(pager.pages()).extracting(PageLinks.PageLink::label).containsExactly("1", "2", "3");
		assertThat(pager.pages()).extracting(PageLinks.PageLink::current).containsExactly(true, false, false);
		assertThat(query(pager.pages().get(2).href())).containsEntry("q", FILTER)
			.containsEntry("category", "7")
			.containsEntry("sort", "price,desc")
			.containsEntry("size", "2")
			.containsEntry("page", "2");
	}

	@Test
	void theLastPageHasNoNextAndAnEllipsisHasNoLink() {
		PageLinks.Pager pager = PageLinks.pager("/stock/movements", Map.of("type", new String[] { "ISSUE" }), 9, 10);

		assertThat(pager.next()).isNull();
		assertThat(pager.previous()).isEqualTo("/stock/movements?type=ISSUE&page=8");
		assertThat(pager.pages()).extracting(PageLinks.PageLink::label).containsExactly("1", "…", "8", "9", "10");
		assertThat(pager.pages().get(1).gap()).isTrue();
		assertThat(pager.pages().get(1).href()).isNull();
	}

	@Test
	void aListOfOnePageHasNoLinks() {
		PageLinks.Pager pager = PageLinks.pager("/products", Map.of(), 0, 1);

		assertThat(pager.pages()).isEmpty();
		assertThat(pager.previous()).isNull();
		assertThat(pager.next()).isNull();
		assertThat(PageLinks.pager("/products", Map.of(), 0, 0).pages()).isEmpty();
	}

	// An old bookmark or a list that shrank: the way back is the last page.
	@Test
	void aPagePastTheLastLeadsBackToTheLast() {
		PageLinks.Pager pager = PageLinks.pager("/products", Map.of(), 40, 3);

		assertThat(pager.previous()).isEqualTo("/products?page=2");
		assertThat(pager.next()).isNull();
		assertThat(pager.pages()).extracting(PageLinks.PageLink::label).containsExactly("1", "2", "3");
		assertThat(pager.pages()).noneMatch(PageLinks.PageLink::current);
	}

	@Test
	void theBeanBuildsThePagerFromTheRequestBeingAnswered() {
		answering("/products", parameters());

		PageLinks.Pager pager = this.links.pager(new PageImpl<>(List.of(1, 2), PageRequest.of(1, 2), 5));

		assertThat(pager.pages()).extracting(PageLinks.PageLink::current).containsExactly(false, true, false);
		assertThat(query(pager.previous())).containsEntry("q", FILTER)
			.containsEntry("sort", "price,desc")
			.containsEntry("page", "0");
	}

	@Test
	void sortLinksToggleTheOrderAndStartFromTheFirstPage() {
		answering("/products", parameters());

		assertThat(this.links.order("price")).isEqualTo("descending");
		assertThat(this.links.order("name")).isEqualTo("none");
		assertThat(query(this.links.sort("price"))).containsEntry("sort", "price,asc")
			.containsEntry("q", FILTER)
			.doesNotContainKey("page");
		assertThat(query(this.links.sort("name"))).containsEntry("sort", "name,asc");
	}

	@Test
	void theOrderInForceWinsOverTheRequestsSort() {
		answering("/products", Map.of());

		Sort byDefault = Sort.by("sku").and(Sort.by("id"));
		assertThat(this.links.order("sku", byDefault)).isEqualTo("ascending");
		assertThat(this.links.order("id", byDefault)).isEqualTo("none");
		assertThat(this.links.order("name", Sort.by(Sort.Direction.DESC, "name"))).isEqualTo("descending");
		assertThat(this.links.order("sku", null)).isEqualTo("none");
		assertThat(query(this.links.sort("sku", "ascending"))).containsEntry("sort", "sku,desc");
	}

	@Test
	void anExportKeepsTheFiltersAndOrderForEveryRow() {
		answering("/products", parameters());

		String export = this.links.export("/products.csv");

		assertThat(export).startsWith("/products.csv?");
		assertThat(query(export)).containsEntry("q", FILTER)
			.containsEntry("sort", "price,desc")
			.doesNotContainKey("page");
		answering("/products", Map.of());
		assertThat(this.links.export("/products.csv")).isEqualTo("/products.csv");
	}

	@Test
	void aFilterBarCarriesEveryOtherParameterButThePage() {
		answering("/products", parameters());

		assertThat(this.links.hidden(List.of("q", "category"))).containsExactly(Map.entry("sort", "price,desc"),
				Map.entry("size", "2"));
	}

	@Test
	void filtersAreSetWhenAnyOfThemHasAValue() {
		answering("/products", Map.of("q", new String[] { " " }, "sort", new String[] { "name" }));
		assertThat(this.links.filtered(List.of("q", "category"))).isFalse();

		answering("/products", parameters());
		assertThat(this.links.filtered(List.of("q", "active"))).isTrue();
		assertThat(this.links.filtered(List.of("active"))).isFalse();
	}

	@Test
	void clearingTheFiltersKeepsTheOrderAndPageSizeFromTheFirstPage() {
		answering("/products", parameters());

		assertThat(this.links.cleared(List.of("q", "category"))).isEqualTo("/products?sort=price%2Cdesc&size=2");
		answering("/products", Map.of("q", new String[] { FILTER }));
		assertThat(this.links.cleared(List.of("q"))).isEqualTo("/products");
	}

	private static Map<String, String[]> parameters() {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		parameters.put("q", new String[] { FILTER });
		parameters.put("category", new String[] { "7" });
		parameters.put("sort", new String[] { "price,desc" });
		parameters.put("size", new String[] { "2" });
		parameters.put("page", new String[] { "1" });
		return parameters;
	}

	private static void answering(String path, Map<String, String[]> parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setParameters(parameters);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	// The query as a servlet container decodes it (+ is a space).
	private static Map<String, String> query(String link) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			query.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return query;
	}

}
