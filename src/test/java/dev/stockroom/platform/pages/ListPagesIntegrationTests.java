package dev.stockroom.platform.pages;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every list page of the site shares, read as a browser gets it: one filter bar
 * (fragments/lists :: filter-bar) that keeps the chosen sort, sort arrows on the sortable
 * columns, "Clear filters" while a filter is set, an empty state that says what to do
 * next, numbered pages; and what the product list shows beside each product (its category
 * and what is on hand).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger stock;

	MockHttpSession admin;

	// Unique to this run, so that the lists below hold only this class's rows.
	final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();

	String category;

	@BeforeAll
	void createRows() throws Exception {
		this.admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		this.category = "Lists " + this.tag;
		long categoryId = this.categories.create(new CategoryRequest(this.category, null, null, null)).id();
		long warehouse = this.warehouses
			.create(new WarehouseRequest("L" + this.tag, "Lists " + this.tag, null, null, null))
			.id();
		// Three products whose names sort the other way round from their prices.
		for (int i = 1; i <= 3; i++) {
			long product = this.products
				.create(new ProductRequest(sku(i), "Item " + (char) ('D' - i), null, null, null,
						new BigDecimal(i + ".00"), null, null, null, null, categoryId, null, null))
				.id();
			this.stock
				.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 10 * i, "lists", null));
			this.categories.create(new CategoryRequest("Lists %d %s".formatted(i, this.tag), null, null, null));
			this.suppliers
				.create(new SupplierRequest("Lists %d %s".formatted(i, this.tag), null, null, null, null, null));
			this.warehouses.create(new WarehouseRequest("L%d%s".formatted(i, this.tag),
					"Lists %d %s".formatted(i, this.tag), null, null, null));
		}
	}

	@Test
	void theSortedColumnShowsItsArrowAndItsLinkTurnsTheOrderRound() throws Exception {
		Document page = page("/products?q=" + this.tag + "&sort=name,desc");

		Element sorted = page.selectFirst("th[aria-sort=descending]");
		assertThat(sorted.selectFirst(".sort-link > span").text()).isEqualTo("Name");
		assertThat(sorted.selectFirst(".sort-arrow").text()).isEqualTo("▼");
		assertThat(sorted.selectFirst(".sort-arrow").attr("aria-hidden")).isEqualTo("true");
		assertThat(sorted.selectFirst(".visually-hidden").text()).contains("sorted descending");
		assertThat(sorted.selectFirst("a").attr("href")).contains("sort=name%2Casc").doesNotContain("page=");
		assertThat(page.select("th[aria-sort=none] .sort-link > span:first-child").eachText()).containsExactly("SKU",
				"Price");
		assertThat(page.select("th[aria-sort=none] .sort-arrow").eachText()).containsOnly("↕");
		assertThat(skus(page)).containsExactly(sku(1), sku(2), sku(3));

		Document ascending = page(sorted.selectFirst("a").attr("href"));
		assertThat(ascending.selectFirst("th[aria-sort=ascending] .sort-arrow").text()).isEqualTo("▲");
		assertThat(skus(ascending)).containsExactly(sku(3), sku(2), sku(1));
	}

	// A list read in its default order (products by SKU) says so, and its column's link
	// turns the order round as it would after a click.
	@Test
	void theDefaultOrderShowsItsArrowToo() throws Exception {
		Document page = page("/products?q=" + this.tag);

		Element sorted = page.selectFirst("th[aria-sort=ascending]");
		assertThat(sorted.selectFirst(".sort-link > span").text()).isEqualTo("SKU");
		assertThat(sorted.selectFirst(".sort-arrow").text()).isEqualTo("▲");
		assertThat(sorted.selectFirst("a").attr("href")).contains("sort=sku%2Cdesc");
		assertThat(skus(page(sorted.selectFirst("a").attr("href")))).containsExactly(sku(3), sku(2), sku(1));
	}

	@Test
	void filteringKeepsTheChosenSortAndPageSizeButStartsAtTheFirstPage() throws Exception {
		Document page = page("/products?q=" + this.tag + "&sort=price,desc&size=2&page=1");
		Element bar = page.selectFirst("form.filter-bar");

		assertThat(bar.select("input[type=hidden]").eachAttr("name")).containsExactly("sort", "size");
		assertThat(bar.selectFirst("input[type=hidden][name=sort]").val()).isEqualTo("price,desc");
		// What the browser sends when "Filter" is pressed: the bar's fields and its
		// hidden inputs.
		StringBuilder submitted = new StringBuilder(bar.attr("action")).append('?');
		for (Element input : bar.select("input[name], select[name]")) {
			String value = input.is("select") ? selected(input) : input.val();
			submitted.append(input.attr("name")).append('=').append(value).append('&');
		}
		Document filtered = page(submitted.toString());
		assertThat(filtered.selectFirst("th[aria-sort=descending] .sort-link > span").text()).isEqualTo("Price");
		assertThat(skus(filtered)).containsExactly(sku(3), sku(2));
	}

	@Test
	void clearFiltersShowsWhileAFilterIsSetAndKeepsTheSort() throws Exception {
		Document unfiltered = page("/products?sort=name,asc");
		assertThat(unfiltered.select("form.filter-bar a.clear-filters")).isEmpty();

		Document filtered = page("/products?q=" + this.tag + "&active=true&sort=name,asc");
		assertThat(filtered.selectFirst("form.filter-bar a.clear-filters").attr("href"))
			.isEqualTo("/products?sort=name%2Casc");
	}

	@Test
	void anEmptyListSaysNothingMatchesAndOffersToClearTheFilters() throws Exception {
		Document page = page("/products?q=NOTHING-" + this.tag + "&sort=price,desc");

		assertThat(page.select("table")).isEmpty();
		Element empty = page.selectFirst(".empty-state");
		assertThat(empty.text()).contains("No products match these filters.");
		assertThat(empty.selectFirst("a.clear-filters").attr("href")).isEqualTo("/products?sort=price%2Cdesc");
		assertThat(empty.select("a.add-first")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/stock/movements", "/stock/levels", "/warehouses", "/suppliers", "/categories" })
	void everyEmptyListOffersToClearItsFilters(String path) throws Exception {
		// No warehouse has id 0; no name holds this text.
		String filter = path.startsWith("/stock") ? "warehouse=0" : "q=NOTHING-" + this.tag;
		Document page = page(path + "?" + filter);

		assertThat(page.select("main table")).isEmpty();
		assertThat(page.selectFirst(".empty-state").text()).contains("match these filters");
		assertThat(page.selectFirst(".empty-state a.clear-filters").attr("href")).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/products", "/categories", "/suppliers", "/warehouses", "/stock/levels",
			"/stock/movements", "/admin/products" })
	void everyListHasTheSameFilterBar(String path) throws Exception {
		Document page = page(path);

		Element bar = page.selectFirst("main form.filter-bar[role=search][method=get]");
		assertThat(bar).as("the filter bar of %s", path).isNotNull();
		assertThat(bar.attr("aria-label")).isNotBlank();
		assertThat(bar.selectFirst(".filter-actions button[type=submit]").text()).isEqualTo("Filter");
		assertThat(page.select("main form[role=search]")).hasSize(1);
		assertThat(page.select("main nav.pagination-nav")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/categories", "/suppliers", "/warehouses" })
	void everyCatalogListNumbersItsPages(String path) throws Exception {
		// Three or four rows of this class's own ("Lists 1 TAG" and so on), one a page.
		Document page = page(path + "?q=" + this.tag + "&size=1&sort=name,asc");

		Element pager = page.selectFirst("nav.pagination-nav");
		assertThat(pager.select("a.page-link").eachText()).startsWith("1", "2", "3").endsWith("Next");
		assertThat(pager.selectFirst("[aria-current=page]").text()).isEqualTo("1");
		assertThat(pager.selectFirst("a[aria-label=Page 2]").attr("href")).contains("q=" + this.tag)
			.contains("sort=name%2Casc")
			.contains("size=1")
			.contains("page=1");
	}

	@Test
	void theProductListShowsEachProductsCategoryAndOnHand() throws Exception {
		Document page = page("/products?q=" + this.tag + "&sort=sku,asc");

		assertThat(page.select("th[scope=col]").eachText()).contains("Category", "On hand");
		assertThat(page.select("tbody td.product-category").eachText()).containsOnly(this.category);
		// The quantity, then its unit.
		assertThat(page.select("tbody td.on-hand").eachText()).map((text) -> text.split(" ")[0])
			.containsExactly("10", "20", "30");
	}

	private Document page(String path) throws Exception {
		// As a browser sends a link: already encoded, not encoded again.
		MockHttpServletResponse response = this.mvc
			.perform(get(URI.create(path)).session(this.admin).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private String sku(int n) {
		return "LST-%s-%d".formatted(this.tag, n);
	}

	private static List<String> skus(Document page) {
		return page.select("tbody td:first-child a").eachText();
	}

	private static String selected(Element select) {
		Element option = select.selectFirst("option[selected]");
		return (option != null) ? option.val() : "";
	}

}
