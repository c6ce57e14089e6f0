package dev.stockroom.admin;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's change list as a list people scan: a category filter that takes in the
 * sub-categories (as the site's and the API's do), sort arrows, the shared filter bar
 * that keeps the order and the sidebar filters, "Clear filters" and the empty state, a
 * bulk action that returns to the list as the user left it, and the select-all box that
 * only a script shows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminChangeListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	MockHttpSession admin;

	final String tag = AdminPagesIntegrationTests.unique();

	long root;

	long child;

	// One product in the root, one in its child, one in the child's child, one elsewhere.
	final List<Long> ids = new ArrayList<>();

	@BeforeAll
	void createTree() throws Exception {
		this.admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		this.root = category("Root", null);
		this.child = category("Child", this.root);
		long grandchild = category("Grandchild", this.child);
		long elsewhere = category("Elsewhere", null);
		int n = 0;
		for (long category : List.of(this.root, this.child, grandchild, elsewhere)) {
			this.ids.add(this.products
				.create(new ProductRequest("ACL-%s-%d".formatted(this.tag, ++n), "Tree " + n, null, null, null, null,
						null, null, null, null, category, null, null))
				.id());
		}
	}

	@Test
	void aCategoryFilterTakesInEverySubCategory() throws Exception {
		assertThat(skus(page("/admin/products?q=" + this.tag + "&category.id=" + this.root)))
			.containsExactlyInAnyOrder(sku(1), sku(2), sku(3));
		assertThat(skus(page("/admin/products?q=" + this.tag + "&category.id=" + this.child)))
			.containsExactlyInAnyOrder(sku(2), sku(3));
		Document chosen = page("/admin/products?category.id=" + this.child);
		assertThat(
				chosen.selectFirst(".admin-filters section:has(h3:contains(By Category)) a[aria-current=true]").text())
			.isEqualTo("Child " + this.tag);
	}

	@Test
	void theSortedColumnShowsItsArrowAndTheFilterBarKeepsTheOrderAndSidebarFilters() throws Exception {
		Document page = page("/admin/products?q=" + this.tag + "&o=-sku&category.id=" + this.root);

		Element sorted = page.selectFirst("th[aria-sort=descending]");
		assertThat(sorted.selectFirst(".sort-link > span").text()).isEqualTo("SKU");
		assertThat(sorted.selectFirst(".sort-arrow").text()).isEqualTo("▼");
		assertThat(sorted.selectFirst("a").attr("href")).contains("o=sku").doesNotContain("o=-sku");
		assertThat(skus(page)).containsExactly(sku(3), sku(2), sku(1));

		Element bar = page.selectFirst("form.filter-bar");
		assertThat(bar.select("input[type=hidden]").eachAttr("name")).containsExactly("o", "category.id");
		assertThat(bar.selectFirst("input[name=o]").val()).isEqualTo("-sku");
		assertThat(bar.selectFirst("a.clear-filters").attr("href")).isEqualTo("/admin/products?o=-sku");
	}

	@Test
	void anEmptyListOffersToClearTheFilters() throws Exception {
		Document page = page("/admin/products?q=NOTHING-" + this.tag + "&active=false&o=name");

		assertThat(page.select("#changelist-form")).isEmpty();
		Element empty = page.selectFirst(".empty-state");
		assertThat(empty.text()).contains("No products match these filters.");
		assertThat(empty.selectFirst("a.clear-filters").attr("href")).isEqualTo("/admin/products?o=name");
	}

	@Test
	void aBulkActionReturnsToTheFilteredSortedPage() throws Exception {
		String list = "/admin/products?q=" + this.tag + "&category.id=" + this.root + "&o=-sku&size=2&page=1";
		Document page = page(list);
		String listQuery = page.selectFirst("#changelist-form input[type=hidden][name=listQuery]").val();
		assertThat(listQuery).isEqualTo("q=%s&category.id=%d&o=-sku&size=2&page=1".formatted(this.tag, this.root));

		this.mvc
			.perform(post("/admin/products").param("action", "deactivate")
				.param("selected", String.valueOf(this.ids.get(0)))
				.param("listQuery", listQuery)
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/products?" + listQuery));
		assertThat(this.products.get(this.ids.get(0)).active()).isFalse();

		// Without a row ticked, the same: back to the list, with the reason.
		this.mvc
			.perform(post("/admin/products").param("action", "activate")
				.param("listQuery", listQuery)
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/products?" + listQuery));
	}

	@Test
	void aBulkDeleteCarriesTheListsQueryThroughItsConfirmation() throws Exception {
		long doomed = category("Doomed", null);
		String listQuery = "q=" + this.tag + "&o=-name";
		Document confirm = Jsoup.parse(
				this.mvc
					.perform(post("/admin/categories").param("action", "delete_selected")
						.param("selected", String.valueOf(doomed))
						.param("listQuery", listQuery)
						.session(this.admin)
						.with(SignIn.anonymous())
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(confirm.selectFirst("input[name=listQuery]").val()).isEqualTo(listQuery);
		assertThat(confirm.selectFirst("a:contains(take me back)").attr("href"))
			.isEqualTo("/admin/categories?" + listQuery);

		this.mvc
			.perform(post("/admin/categories").param("action", "delete_selected")
				.param("confirmed", "true")
				.param("selected", String.valueOf(doomed))
				.param("listQuery", listQuery)
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/categories?" + listQuery));
	}

	// The query is only ever a query on the list's own path: what the form carries cannot
	// send the user to another site.
	@Test
	void aForgedListQueryStaysOnTheList() throws Exception {
		String location = this.mvc
			.perform(post("/admin/products").param("action", "activate")
				.param("listQuery", "//evil.example/?x=1#frag&q=a b")
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/products?").doesNotContain("//").doesNotContain("#");
	}

	@Test
	void theSelectAllBoxIsHiddenUntilItsScriptShowsIt() throws Exception {
		Document page = page("/admin/products?q=" + this.tag);

		Element box = page.selectFirst("#changelist-form thead input.select-all[type=checkbox]");
		assertThat(box.hasAttr("hidden")).isTrue();
		assertThat(box.attr("aria-label")).isEqualTo("Select every product on this page");
		assertThat(page.select("script[src*=select-all]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	private long category(String name, Long parent) {
		return this.categories.create(new CategoryRequest(name + " " + this.tag, null, parent, null)).id();
	}

	private String sku(int n) {
		return "ACL-%s-%d".formatted(this.tag, n);
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

	private static List<String> skus(Document page) {
		return page.select("table.admin-list tbody tr[id^=row-] td:nth-child(2)").eachText();
	}

}
