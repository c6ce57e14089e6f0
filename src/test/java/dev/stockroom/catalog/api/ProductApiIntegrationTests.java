package dev.stockroom.catalog.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProductApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	CatalogApi api;

	String suffix;

	@BeforeEach
	void setUp() {
		this.api = new CatalogApi(this.mvc);
		this.suffix = CatalogApi.unique();
	}

	@Test
	void createsAProductAnsweringWithLocationAndBody() throws Exception {
		long categoryId = this.api.createCategory("Fasteners " + this.suffix, null);
		String body = postProduct("""
				{
				  "sku": "  bolt-%s ",
				  "name": "  Hex bolt M8  ",
				  "description": "Zinc plated",
				  "unit": "BOX",
				  "cost": 1.5,
				  "price": 2.25,
				  "reorderPoint": 10,
				  "reorderQuantity": 50,
				  "barcode": "4006381333931",
				  "categoryId": %d,
				  "tags": ["metal", "Fragile-%s"]
				}
				""".formatted(this.suffix, categoryId, this.suffix)).andExpect(status().isCreated())
			.andExpect(header().string("Location",
					org.hamcrest.Matchers.matchesPattern("http://localhost/api/v1/products/\\d+")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.sku").value("BOLT-" + this.suffix))
			.andExpect(jsonPath("$.name").value("Hex bolt M8"))
			.andExpect(jsonPath("$.unit").value("BOX"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.categoryId").value(categoryId))
			.andExpect(jsonPath("$.tags", contains("Fragile-" + this.suffix, "metal")))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Money keeps its two decimals on the wire; jsonPath would read 1.50 as 1.5.
		assertThat(body).contains("\"cost\":1.50").contains("\"price\":2.25");
		long id = id(body);

		Map<String, Object> row = this.jdbc.sql("SELECT sku, name, cost, price, category_id FROM products WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("sku", "BOLT-" + this.suffix)
			.containsEntry("name", "Hex bolt M8")
			.containsEntry("cost", new BigDecimal("1.50"))
			.containsEntry("category_id", categoryId);
	}

	@Test
	void defaultsOptionalFieldsAndMoneyToZeroWithTwoDecimals() throws Exception {
		String body = postProduct("""
				{"sku": "min-%s", "name": "Minimal"}
				""".formatted(this.suffix)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.unit").value("EACH"))
			.andExpect(jsonPath("$.reorderPoint").value(0))
			.andExpect(jsonPath("$.categoryId").isEmpty())
			.andExpect(jsonPath("$.tags", hasSize(0)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"cost\":0.00").contains("\"price\":0.00");
	}

	@Test
	void getsAProductById() throws Exception {
		String created = postProduct("""
				{"sku": "get-%s", "name": "Washer", "price": 0.1, "tags": ["b-%s", "a-%s"]}
				""".formatted(this.suffix, this.suffix, this.suffix)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = id(created);

		String body = this.mvc.perform(get("/api/v1/products/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.sku").value("GET-" + this.suffix))
			.andExpect(jsonPath("$.name").value("Washer"))
			.andExpect(jsonPath("$.tags", contains("a-" + this.suffix, "b-" + this.suffix)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"price\":0.10");
	}

	@Test
	void searchesSkuAndNameCaseInsensitivelyTakingWildcardsLiterally() throws Exception {
		long category = this.api.createCategory("Search " + this.suffix, null);
		long percentOff = this.api.createProduct("S1-" + this.suffix, "50% off", category);
		long fifty = this.api.createProduct("S2-" + this.suffix, "50 units", category);
		long underscore = this.api.createProduct("S3-" + this.suffix, "a_b widget", category);
		long axb = this.api.createProduct("S4-" + this.suffix, "axb widget", category);
		long bySku = this.api.createProduct("OFF-" + this.suffix, "Plain", category);

		assertThat(search(category, "50%")).containsExactly(percentOff);
		assertThat(search(category, "5_")).isEmpty();
		assertThat(search(category, "50")).containsExactlyInAnyOrder(percentOff, fifty);
		assertThat(search(category, "A_B")).containsExactly(underscore);
		assertThat(search(category, "a%b")).isEmpty();
		assertThat(search(category, "  WIDGET ")).containsExactlyInAnyOrder(underscore, axb);
		// "off" is in one name and, in another case, one SKU.
		assertThat(search(category, "Off")).containsExactlyInAnyOrder(percentOff, bySku);
		assertThat(search(category, "s2-" + this.suffix.toLowerCase())).containsExactly(fifty);
	}

	// Every query binds its values as parameters and sorts only by allow-listed columns:
	// SQL in a search term is just text, and SQL in a sort is refused.
	@Test
	void sqlInSearchTermsAndSortsIsNeverExecuted() throws Exception {
		long category = this.api.createCategory("Injection " + this.suffix, null);
		long quoted = this.api.createProduct("SQL-" + this.suffix, "O'Brien's best ' OR '1'='1", category);

		assertThat(search(category, "' OR '1'='1")).containsExactly(quoted);
		assertThat(search(category, "'; DROP TABLE products; --")).isEmpty();
		this.mvc.perform(get("/api/v1/products").param("sort", "name;DROP TABLE products"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/products").param("sort", "(SELECT 1),asc")).andExpect(status().isBadRequest());
		assertThat(search(category, "O'Brien")).containsExactly(quoted);
	}

	@Test
	void filtersByActive() throws Exception {
		long category = this.api.createCategory("Active " + this.suffix, null);
		long active = this.api.createProduct("ACT-" + this.suffix, "Still sold", category);
		String inactive = postProduct("""
				{"sku": "INACT-%s", "name": "Discontinued", "active": false, "categoryId": %d}
				""".formatted(this.suffix, category)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ids("/api/v1/products?category=" + category + "&active=false")).containsExactly(id(inactive));
		assertThat(ids("/api/v1/products?category=" + category + "&active=true")).containsExactly(active);
		assertThat(ids("/api/v1/products?category=" + category)).containsExactlyInAnyOrder(active, id(inactive));
	}

	@Test
	void filtersByCategoryIncludingSubCategories() throws Exception {
		long tools = this.api.createCategory("Tools " + this.suffix, null);
		long saws = this.api.createCategory("Saws " + this.suffix, tools);
		long blades = this.api.createCategory("Blades " + this.suffix, saws);
		long garden = this.api.createCategory("Garden " + this.suffix, null);
		long hammer = this.api.createProduct("HAMMER-" + this.suffix, "Hammer", tools);
		long handSaw = this.api.createProduct("SAW-" + this.suffix, "Hand saw", saws);
		long blade = this.api.createProduct("BLADE-" + this.suffix, "Spare blade", blades);
		this.api.createProduct("RAKE-" + this.suffix, "Rake", garden);

		assertThat(ids("/api/v1/products?category=" + tools)).containsExactlyInAnyOrder(hammer, handSaw, blade);
		assertThat(ids("/api/v1/products?category=" + saws)).containsExactlyInAnyOrder(handSaw, blade);
		assertThat(ids("/api/v1/products?category=" + blades)).containsExactly(blade);
		this.mvc.perform(get("/api/v1/products?category=" + tools))
			.andExpect(jsonPath("$.page.totalElements").value(3));
	}

	@Test
	void filtersAnUnknownCategoryToNothing() throws Exception {
		this.api.createProduct("ORPHAN-" + this.suffix, "No category", null);
		this.mvc.perform(get("/api/v1/products?category=999999999"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(0)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void updatesWithTheCurrentVersionAndIncrementsIt() throws Exception {
		long id = this.api.createProduct("UPD-" + this.suffix, "Before", null);
		String body = putProduct(id, """
				{"sku": "upd-%s", "name": "After", "price": 3, "tags": ["t-%s"], "version": 0}
				""".formatted(this.suffix, this.suffix)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("After"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.tags", contains("t-" + this.suffix)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"price\":3.00");
		assertThat(this.jdbc.sql("SELECT name || '/' || version || '/' || price FROM products WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("After/1/3.00");

		putProduct(id, """
				{"sku": "upd-%s", "name": "Again", "version": 1}
				""".formatted(this.suffix)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void refusesAnUpdateFromAStaleVersion() throws Exception {
		long id = this.api.createProduct("STALE-" + this.suffix, "Original", null);
		putProduct(id, """
				{"sku": "STALE-%s", "name": "First writer", "version": 0}
				""".formatted(this.suffix)).andExpect(status().isOk());

		problem(putProduct(id, """
				{"sku": "STALE-%s", "name": "Second writer", "version": 0}
				""".formatted(this.suffix)), 409).andExpect(jsonPath("$.type", endsWith("/stale-version")));

		assertThat(nameAndVersion(id)).isEqualTo("First writer/1");
	}

	@Test
	void requiresTheVersionOnUpdate() throws Exception {
		long id = this.api.createProduct("NOVER-" + this.suffix, "Original", null);
		problem(putProduct(id, """
				{"sku": "NOVER-%s", "name": "Changed"}
				""".formatted(this.suffix)), 400).andExpect(jsonPath("$.errors[*].field", contains("version")));
		assertThat(nameAndVersion(id)).isEqualTo("Original/0");
	}

	@Test
	void rejectsDuplicateSku() throws Exception {
		this.api.createProduct("DUP-" + this.suffix, "First", null);
		for (String sku : List.of("DUP-" + this.suffix, "dup-" + this.suffix.toLowerCase(),
				"  Dup-" + this.suffix + " ")) {
			problem(postProduct("""
					{"sku": "%s", "name": "Second"}
					""".formatted(sku)), 409).andExpect(jsonPath("$.type", endsWith("/duplicate-sku")));
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM products WHERE upper(sku) = ?")
			.param("DUP-" + this.suffix)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void rejectsASkuWithInnerSpaces() throws Exception {
		problem(postProduct("""
				{"sku": "IN NER-%s", "name": "Spaced"}
				""".formatted(this.suffix)), 400).andExpect(jsonPath("$.errors[*].field", contains("sku")));
		assertThat(countSku("IN NER-" + this.suffix)).isZero();
	}

	@Test
	void rejectsRenamingToAnotherProductsSku() throws Exception {
		this.api.createProduct("TAKEN-" + this.suffix, "Taken", null);
		long id = this.api.createProduct("FREE-" + this.suffix, "Free", null);
		problem(putProduct(id, """
				{"sku": "taken-%s", "name": "Free", "version": 0}
				""".formatted(this.suffix)), 409).andExpect(jsonPath("$.type", endsWith("/duplicate-sku")));
		assertThat(this.jdbc.sql("SELECT sku FROM products WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("FREE-" + this.suffix);
	}

	@Test
	void deletesAProduct() throws Exception {
		long id = this.api.createProduct("DEL-" + this.suffix, "Doomed", null);
		this.mvc.perform(delete("/api/v1/products/{id}", id))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		problem(this.mvc.perform(get("/api/v1/products/{id}", id)), 404);
		assertThat(this.jdbc.sql("SELECT count(*) FROM products WHERE id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void answersNotFoundForAnUnknownId() throws Exception {
		problem(this.mvc.perform(get("/api/v1/products/{id}", 987654321L)), 404)
			.andExpect(jsonPath("$.type", endsWith("/not-found")))
			.andExpect(jsonPath("$.detail").value("Product 987654321 does not exist"));
		problem(putProduct(987654321L, """
				{"sku": "GHOST-%s", "name": "Ghost", "version": 0}
				""".formatted(this.suffix)), 404);
		problem(this.mvc.perform(delete("/api/v1/products/{id}", 987654321L)), 404);
		assertThat(countSku("GHOST-" + this.suffix)).isZero();
	}

	@Test
	void answersUnprocessableForAnUnknownCategoryInTheBody() throws Exception {
		problem(postProduct("""
				{"sku": "NOCAT-%s", "name": "Lost", "categoryId": 987654321}
				""".formatted(this.suffix)), 422).andExpect(jsonPath("$.errors[0].field").value("categoryId"));
		assertThat(countSku("NOCAT-" + this.suffix)).isZero();
	}

	@Test
	void rejectsAnInvalidBarcode() throws Exception {
		problem(postProduct("""
				{"sku": "BAR-%s", "name": "Barcoded", "barcode": "4006381333932"}
				""".formatted(this.suffix)), 400).andExpect(jsonPath("$.errors[*].field", contains("barcode")));
		assertThat(countSku("BAR-" + this.suffix)).isZero();
	}

	private ResultActions postProduct(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions putProduct(long id, String json) throws Exception {
		return this.mvc.perform(put("/api/v1/products/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private List<Long> search(long category, String q) throws Exception {
		return ids(get("/api/v1/products").param("category", Long.toString(category)).param("q", q));
	}

	private List<Long> ids(String url) throws Exception {
		return ids(get(url));
	}

	private List<Long> ids(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private String nameAndVersion(long id) {
		return this.jdbc.sql("SELECT name || '/' || version FROM products WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private long countSku(String sku) {
		return this.jdbc.sql("SELECT count(*) FROM products WHERE sku = ?").param(sku).query(Long.class).single();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
