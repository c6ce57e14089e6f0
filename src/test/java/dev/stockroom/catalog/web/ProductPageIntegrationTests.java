package dev.stockroom.catalog.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.ProductFilter;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product pages, signed in through the login form as a browser is: the list's search,
 * filters, sorting, pages and CSV export; the forms' field errors and the service's
 * refusals shown beside the fields; optimistic locking; the delete confirmation; what a
 * viewer is shown and refused; and every user-typed value written as text, never markup,
 * on the list and the detail.
 */
@IntegrationTest
class ProductPageIntegrationTests {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final Pageable PAGE = PageRequest.of(0, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	CatalogApi api;

	MockHttpSession manager;

	@BeforeEach
	void signIn() throws Exception {
		this.api = new CatalogApi(this.mvc);
		this.manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
	}

	@Test
	void aNameThatLooksLikeAScriptIsShownAsText() throws Exception {
		String sku = "XSS-" + CatalogApi.unique();
		long id = this.api.createProduct(sku, SCRIPT.replace("\"", "\\\"") + " " + sku, null);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		for (String page : new String[] { "/products?q=" + sku, "/products/" + id }) {
			assertThat(body(get(page), viewer)).as(page)
				.contains("&lt;script&gt;alert(1)&lt;/script&gt; " + sku)
				.doesNotContain("<script>");
		}
		// The only script elements are the site's own files (live.js), never inline code.
		assertThat(body(get("/products").param("q", SCRIPT), viewer)).doesNotContain("<script>");
	}

	@Test
	void listSearchesFiltersSortsAndPages() throws Exception {
		String tag = CatalogApi.unique();
		long category = this.api.createCategory("Sorted " + tag, null);
		product("S1-" + tag, "Cheap " + tag, "1.00", category, true);
		product("S2-" + tag, "Dear " + tag, "30.00", category, true);
		product("S3-" + tag, "Middle " + tag, "20.00", category, true);
		product("S4-" + tag, "Retired " + tag, "99.00", category, false);

		String first = body(get("/products").param("category", Long.toString(category))
			.param("active", "true")
			.param("sort", "price,desc")
			.param("size", "2"), this.manager);
		assertThat(first).contains("S2-" + tag, "S3-" + tag)
			.doesNotContain("S1-" + tag, "S4-" + tag)
			.contains("(3 products)")
			.containsPattern("rel=\"next\" href=\"[^\"]*page=1");
		assertThat(first.indexOf("S2-" + tag)).isLessThan(first.indexOf("S3-" + tag));

		String second = body(get("/products").param("category", Long.toString(category))
			.param("active", "true")
			.param("sort", "price,desc")
			.param("size", "2")
			.param("page", "1"), this.manager);
		assertThat(second).contains("S1-" + tag).doesNotContain("S2-" + tag, "S3-" + tag);

		assertThat(body(get("/products").param("q", "retired " + tag.toLowerCase()), this.manager))
			.contains("S4-" + tag)
			.doesNotContain("S1-" + tag);
		assertThat(body(get("/products").param("category", Long.toString(category)).param("active", "false"),
				this.manager))
			.contains("S4-" + tag)
			.doesNotContain("S2-" + tag);
	}

	@Test
	void badListParametersShowTheDefaultListRatherThanAnError() throws Exception {
		this.mvc
			.perform(get("/products").param("sort", "password,asc")
				.param("category", "abc")
				.param("size", "100000")
				.session(this.manager)
				.with(SignIn.anonymous()))
			.andExpect(status().isOk());
	}

	@Test
	void csvExportHasEveryFilteredRowWithFormulasNeutralised() throws Exception {
		String tag = CatalogApi.unique();
		long category = this.api.createCategory("Export " + tag, null);
		for (int i = 0; i < 3; i++) {
			product("E" + i + "-" + tag, "Plain " + i, "12.50", category, true);
		}
		product("EF-" + tag, "=HYPERLINK(\\\"http://evil\\\")", "0.00", category, true);

		this.mvc
			.perform(get("/products.csv").param("category", Long.toString(category))
				.param("size", "1")
				.session(this.manager)
				.with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"products.csv\""));
		String csv = body(get("/products.csv").param("category", Long.toString(category)), this.manager);

		assertThat(csv.lines()).hasSize(5).first().asString().startsWith("id,sku,name");
		assertThat(csv).contains(",E0-" + tag + ",Plain 0,", ",12.50,", ",E2-" + tag + ",")
			.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",")
			.doesNotContain(",=HYPERLINK");
	}

	@Test
	void anInvalidPriceIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
		for (String price : new String[] { "-1", "abc", "1.234" }) {
			String sku = "BAD-" + CatalogApi.unique();
			String body = this.mvc
				.perform(form(post("/products/new"), sku, "Bad price").param("price", price)
					.session(this.manager)
					.with(SignIn.anonymous())
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(fieldError(body, "price")).as(price).isNotBlank().doesNotContain("java.", "Failed to convert");
			assertThat(body).contains("value=\"" + sku + "\"");
			assertThat(this.products.list(new ProductFilter(null, null, sku), PAGE).getTotalElements()).isZero();
		}
	}

	// A cost that does not convert used to hide every other problem until it was fixed.
	@Test
	void everyProblemIsShownAtOnceBesideItsFieldWithASummaryAtTheTop() throws Exception {
		String body = this.mvc
			.perform(post("/products/new").param("sku", "")
				.param("name", "")
				.param("unit", "EACH")
				.param("cost", "abc")
				.param("barcode", "123")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fieldError(body, "cost")).isEqualTo("must be an amount, such as 12.50");
		assertThat(fieldError(body, "sku")).isEqualTo("Enter a SKU");
		assertThat(fieldError(body, "name")).isEqualTo("Enter a name");
		assertThat(fieldError(body, "barcode")).contains("barcode with a valid check digit");

		Document page = Jsoup.parse(body);
		Elements links = page.select("form .error-summary li a");
		assertThat(links.eachAttr("href")).containsExactlyInAnyOrder("#sku", "#name", "#cost", "#barcode");
		assertThat(links.eachText()).contains("Cost: must be an amount, such as 12.50", "SKU: Enter a SKU");
		assertThat(links.first().hasAttr("autofocus")).isTrue();
		assertThat(page.select(".error-summary [autofocus]")).hasSize(1);
		for (String field : new String[] { "sku", "name", "cost", "barcode" }) {
			assertThat(page.select("#" + field)).as(field).hasSize(1);
		}
	}

	@Test
	void aValidFormHasNoErrorSummary() throws Exception {
		assertThat(body(get("/products/new"), this.manager)).doesNotContain("error-summary");
	}

	@Test
	void aDuplicateSkuIsShownBesideTheSku() throws Exception {
		String sku = "DUP-" + CatalogApi.unique();
		this.api.createProduct(sku, "First", null);

		String body = this.mvc
			.perform(form(post("/products/new"), sku.toLowerCase(), "Second").session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fieldError(body, "sku")).contains("already exists");
	}

	@Test
	void createRedirectsToTheNewProductWithAMessage() throws Exception {
		String sku = "NEW-" + CatalogApi.unique();
		this.mvc
			.perform(form(post("/products/new"), sku, "Brand new").param("price", "4.50")
				.param("tags", "red, blue")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/products/*"))
			.andExpect(flash().attribute("flash", "Created product " + sku));

		ProductResponse created = this.products.list(new ProductFilter(null, null, sku), PAGE).getContent().get(0);
		assertThat(created.price()).isEqualByComparingTo("4.50");
		assertThat(created.tags()).containsExactly("blue", "red");
	}

	@Test
	void editSavesAndAStaleVersionSaysSomeoneElseChangedIt() throws Exception {
		String sku = "EDIT-" + CatalogApi.unique();
		long id = this.api.createProduct(sku, "Before", null);
		assertThat(body(get("/products/" + id + "/edit"), this.manager)).contains("name=\"version\" value=\"0\"");

		this.mvc
			.perform(form(post("/products/" + id + "/edit"), sku, "After").param("version", "0")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/products/" + id))
			.andExpect(flash().attribute("flash", "Saved product " + sku));
		assertThat(this.products.get(id).name()).isEqualTo("After");

		String stale = this.mvc
			.perform(form(post("/products/" + id + "/edit"), sku, "Lost update").param("version", "0")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this product while you were editing it");
		assertThat(this.products.get(id).name()).isEqualTo("After");
	}

	// A browser sends nothing for an unchecked box, only Thymeleaf's "_active" marker.
	@Test
	void anUncheckedActiveBoxDeactivates() throws Exception {
		String sku = "OFF-" + CatalogApi.unique();
		long id = this.api.createProduct(sku, "Switched off", null);

		this.mvc
			.perform(post("/products/" + id + "/edit").param("sku", sku)
				.param("name", "Switched off")
				.param("_active", "on")
				.param("version", "0")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/products/" + id));
		assertThat(this.products.get(id).active()).isFalse();
	}

	@Test
	void deleteAsksForConfirmationThenDeletes() throws Exception {
		String sku = "DEL-" + CatalogApi.unique();
		long id = this.api.createProduct(sku, "Doomed", null);

		assertThat(body(get("/products/" + id + "/delete"), this.manager)).contains("Delete " + sku + "?");
		assertThat(this.products.get(id).sku()).isEqualTo(sku);

		this.mvc
			.perform(post("/products/" + id + "/delete").session(this.manager).with(SignIn.anonymous()).with(csrf()))
			.andExpect(redirectedUrl("/products"))
			.andExpect(flash().attribute("flash", "Deleted product " + sku));
		this.mvc.perform(get("/products/" + id).session(this.manager).with(SignIn.anonymous()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnknownProductIsNotFound() throws Exception {
		for (String page : new String[] { "/products/0", "/products/0/edit", "/products/0/delete" }) {
			this.mvc.perform(get(page).session(this.manager).with(SignIn.anonymous())).andExpect(status().isNotFound());
		}
	}

	@Test
	void aViewerSeesNoEditButtonsAndIsRefusedTheEditUrl() throws Exception {
		String sku = "VIEW-" + CatalogApi.unique();
		long id = this.api.createProduct(sku, "Look only", null);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		for (String page : new String[] { "/products?q=" + sku, "/products/" + id }) {
			assertThat(body(get(page), viewer)).as(page)
				.contains(sku)
				.doesNotContain("/products/new", "/edit\"", "/delete\"", ">Edit", ">Delete");
		}
		assertThat(body(get("/products/" + id), this.manager)).contains("/products/" + id + "/edit\"");

		this.mvc.perform(get("/products/" + id + "/edit").session(viewer).with(SignIn.anonymous()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(form(post("/products/" + id + "/edit"), sku, "Hijacked").param("version", "0")
				.session(viewer)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/products/" + id + "/delete").session(viewer).with(SignIn.anonymous()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.products.get(id).name()).isEqualTo("Look only");
	}

	private long product(String sku, String name, String price, Long category, boolean active) throws Exception {
		String body = this.api.created("/api/v1/products", """
				{"sku": "%s", "name": "%s", "price": %s, "categoryId": %s, "active": %s}
				""".formatted(sku, name, price, category, active));
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String sku, String name) {
		return request.param("sku", sku)
			.param("name", name)
			.param("unit", "EACH")
			.param("cost", "1.00")
			.param("reorderPoint", "0")
			.param("reorderQuantity", "0")
			.param("active", "true");
	}

	private String body(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		ResultActions result = this.mvc.perform(request.session(session).with(SignIn.anonymous()));
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	// The text of the errors shown under a field (forms :: errors).
	static String fieldError(String body, String field) {
		Matcher matcher = Pattern.compile("id=\"" + field + "-error\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(body);
		return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", " ").strip() : "";
	}

}
