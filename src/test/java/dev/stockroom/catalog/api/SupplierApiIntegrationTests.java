package dev.stockroom.catalog.api;

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
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SupplierApiIntegrationTests {

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
	void createsReadsUpdatesAndDeletesASupplier() throws Exception {
		String created = postSupplier("""
				{"name": " Acme %s ", "email": "sales@acme.example", "phone": "+44 (0)20 7946-0000",
				 "website": "https://acme.example/shop"}
				""".formatted(this.suffix)).andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("http://localhost/api/v1/suppliers/\\d+")))
			.andExpect(jsonPath("$.name").value("Acme " + this.suffix))
			.andExpect(jsonPath("$.email").value("sales@acme.example"))
			.andExpect(jsonPath("$.website").value("https://acme.example/shop"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = id(created);

		this.mvc.perform(get("/api/v1/suppliers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("+44 (0)20 7946-0000"));
		this.mvc.perform(get("/api/v1/suppliers").param("q", "ACME " + this.suffix))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", contains((int) id)));

		putSupplier(id, """
				{"name": "Acme %s Ltd", "active": false, "version": 0}
				""".formatted(this.suffix)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Acme " + this.suffix + " Ltd"))
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.email").isEmpty())
			.andExpect(jsonPath("$.version").value(1));
		assertThat(supplierRow(id)).containsEntry("active", false).containsEntry("version", 1L);
		problem(putSupplier(id, """
				{"name": "Acme %s", "version": 0}
				""".formatted(this.suffix)), 409).andExpect(jsonPath("$.type", endsWith("/stale-version")));

		this.mvc.perform(delete("/api/v1/suppliers/{id}", id)).andExpect(status().isNoContent());
		problem(this.mvc.perform(get("/api/v1/suppliers/{id}", id)), 404);
		assertThat(countSuppliers(id)).isZero();
	}

	@Test
	void rejectsADuplicateNameIgnoringCaseAndSpaces() throws Exception {
		this.api.createSupplier("Globex " + this.suffix);
		problem(postSupplier("""
				{"name": "  GLOBEX %s "}
				""".formatted(this.suffix.toLowerCase())), 409)
			.andExpect(jsonPath("$.type", endsWith("/duplicate-supplier")));
		long other = this.api.createSupplier("Initech " + this.suffix);
		problem(putSupplier(other, """
				{"name": "globex %s", "version": 0}
				""".formatted(this.suffix)), 409).andExpect(jsonPath("$.type", endsWith("/duplicate-supplier")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM suppliers WHERE lower(name) = lower(?)")
			.param("Globex " + this.suffix)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void rejectsAnInvalidEmailAndWebsiteNamingTheFields() throws Exception {
		problem(postSupplier("""
				{"name": "Bad %s", "email": "not-an-email", "website": "ftp://files.example"}
				""".formatted(this.suffix)), 400)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "website")));
		problem(postSupplier("""
				{"name": "Bad %s", "phone": "call me"}
				""".formatted(this.suffix)), 400).andExpect(jsonPath("$.errors[*].field", contains("phone")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM suppliers WHERE name = ?")
			.param("Bad " + this.suffix)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void recordsReplacesListsAndDeletesOffersCheapestFirst() throws Exception {
		long product = this.api.createProduct("OFFER-" + this.suffix, "Offered", null);
		long pricey = this.api.createSupplier("Pricey " + this.suffix);
		long cheap = this.api.createSupplier("Cheap " + this.suffix);

		String first = putOffer(product, pricey, """
				{"supplierSku": "P-1", "unitCost": 9.5, "leadTimeDays": 3}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.productId").value(product))
			.andExpect(jsonPath("$.supplierId").value(pricey))
			.andExpect(jsonPath("$.supplierName").value("Pricey " + this.suffix))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("\"unitCost\":9.50");
		putOffer(product, cheap, """
				{"supplierSku": "C-1", "unitCost": 4, "leadTimeDays": 10}
				""").andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/products/{id}/offers", product))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].supplierName", contains("Cheap " + this.suffix, "Pricey " + this.suffix)))
			.andExpect(jsonPath("$[*].supplierSku", contains("C-1", "P-1")));

		// Replacing, not adding: the pricey supplier undercuts and stays one row.
		putOffer(product, pricey, """
				{"supplierSku": "P-2", "unitCost": 1.25, "leadTimeDays": 1}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		String listed = this.mvc.perform(get("/api/v1/products/{id}/offers", product))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].supplierId", contains((int) pricey, (int) cheap)))
			.andExpect(jsonPath("$[0].supplierSku").value("P-2"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).contains("\"unitCost\":1.25").contains("\"unitCost\":4.00");
		assertThat(countOffers(product)).isEqualTo(2);

		this.mvc.perform(delete("/api/v1/products/{id}/offers/{supplierId}", product, pricey))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/products/{id}/offers", product))
			.andExpect(jsonPath("$[*].supplierId", contains((int) cheap)));
		problem(this.mvc.perform(delete("/api/v1/products/{id}/offers/{supplierId}", product, pricey)), 404);
		assertThat(countOffers(product)).isOne();
	}

	@Test
	void rejectsAnInvalidOffer() throws Exception {
		long product = this.api.createProduct("BADOFFER-" + this.suffix, "Offered", null);
		long supplier = this.api.createSupplier("Sloppy " + this.suffix);
		problem(putOffer(product, supplier, """
				{"supplierSku": " ", "unitCost": -1, "leadTimeDays": 400}
				"""), 400)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("supplierSku", "unitCost", "leadTimeDays")));
		assertThat(countOffers(product)).isZero();
	}

	@Test
	void answersNotFoundForOffersOfAnUnknownProductOrSupplier() throws Exception {
		long supplier = this.api.createSupplier("Lonely " + this.suffix);
		long product = this.api.createProduct("LONELY-" + this.suffix, "Lonely", null);
		problem(this.mvc.perform(get("/api/v1/products/{id}/offers", 987654321L)), 404);
		problem(putOffer(987654321L, supplier, """
				{"supplierSku": "X", "unitCost": 1, "leadTimeDays": 1}
				"""), 404);
		problem(putOffer(product, 987654321L, """
				{"supplierSku": "X", "unitCost": 1, "leadTimeDays": 1}
				"""), 404);
		assertThat(countOffers(product)).isZero();
	}

	@Test
	void deletingASupplierRemovesItsOffers() throws Exception {
		long product = this.api.createProduct("CASCADE-" + this.suffix, "Cascaded", null);
		long leaving = this.api.createSupplier("Leaving " + this.suffix);
		long staying = this.api.createSupplier("Staying " + this.suffix);
		putOffer(product, leaving, """
				{"supplierSku": "L-1", "unitCost": 2, "leadTimeDays": 1}
				""").andExpect(status().isOk());
		putOffer(product, staying, """
				{"supplierSku": "S-1", "unitCost": 3, "leadTimeDays": 1}
				""").andExpect(status().isOk());

		this.mvc.perform(delete("/api/v1/suppliers/{id}", leaving)).andExpect(status().isNoContent());

		assertThat(countSuppliers(leaving)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM supplier_offers WHERE supplier_id = ?")
			.param(leaving)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/products/{id}/offers", product))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].supplierId", contains((int) staying)));
	}

	@Test
	void deletingAProductRemovesItsOffersButNotTheSupplier() throws Exception {
		long product = this.api.createProduct("GONE-" + this.suffix, "Gone", null);
		long supplier = this.api.createSupplier("Survivor " + this.suffix);
		putOffer(product, supplier, """
				{"supplierSku": "G-1", "unitCost": 2, "leadTimeDays": 1}
				""").andExpect(status().isOk());
		this.mvc.perform(delete("/api/v1/products/{id}", product)).andExpect(status().isNoContent());
		assertThat(countOffers(product)).isZero();
		assertThat(countSuppliers(supplier)).isOne();
	}

	private ResultActions postSupplier(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/suppliers").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions putSupplier(long id, String json) throws Exception {
		return this.mvc
			.perform(put("/api/v1/suppliers/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions putOffer(long product, long supplier, String json) throws Exception {
		return this.mvc.perform(put("/api/v1/products/{id}/offers/{supplierId}", product, supplier)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private Map<String, Object> supplierRow(long id) {
		return this.jdbc.sql("SELECT name, active, version FROM suppliers WHERE id = ?").param(id).query().singleRow();
	}

	private long countSuppliers(long id) {
		return this.jdbc.sql("SELECT count(*) FROM suppliers WHERE id = ?").param(id).query(Long.class).single();
	}

	private long countOffers(long product) {
		return this.jdbc.sql("SELECT count(*) FROM supplier_offers WHERE product_id = ?")
			.param(product)
			.query(Long.class)
			.single();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
