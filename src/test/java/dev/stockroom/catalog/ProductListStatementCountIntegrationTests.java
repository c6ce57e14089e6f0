package dev.stockroom.catalog;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product list costs the same few statements whatever the page size: the category
 * comes joined into the page query and every product's tags in one batch, so there is no
 * query per row (the N+1 problem).
 */
@IntegrationTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductListStatementCountIntegrationTests {

	private static final int PRODUCTS = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ProductService products;

	final String suffix = CatalogApi.unique();

	long root;

	// Rows of their own, under a unique SKU prefix and category tree, so that other test
	// classes sharing the database neither see them nor change what is counted here.
	@BeforeAll
	void createProductsWithCategoriesAndTags() throws Exception {
		CatalogApi api = new CatalogApi(this.mvc);
		this.root = api.createCategory("Counted " + this.suffix, null);
		List<Long> categories = List.of(api.createCategory("Counted A " + this.suffix, this.root),
				api.createCategory("Counted B " + this.suffix, this.root),
				api.createCategory("Counted C " + this.suffix, this.root));
		for (int i = 0; i < PRODUCTS; i++) {
			this.products.create(new ProductRequest("CNT-" + this.suffix + "-" + i, "Counted " + i, null, null, null,
					null, null, null, null, null, categories.get(i % categories.size()),
					List.of("cnt-a-" + this.suffix + "-" + (i % 7), "cnt-b-" + this.suffix + "-" + (i % 5)), null));
		}
	}

	@Test
	void aPageOf100CostsNoMoreStatementsThanAPageOf10() throws Exception {
		String query = "/api/v1/products?q=CNT-" + this.suffix;
		long ten = countStatements(query + "&size=10", 10);
		long hundred = countStatements(query + "&size=100", 100);
		System.out.printf("GET %s: size=10 ran %d statements, size=100 ran %d%n", query, ten, hundred);
		assertThat(hundred).isEqualTo(ten);
		// the page, the tags of the whole page
		assertThat(ten - signInStatements()).isBetween(1L, 2L);
	}

	@Test
	void theCategoryFilterAddsOneStatementWhateverThePageSize() throws Exception {
		String query = "/api/v1/products?category=" + this.root;
		long ten = countStatements(query + "&size=10", 10);
		long hundred = countStatements(query + "&size=100", 100);
		System.out.printf("GET %s: size=10 ran %d statements, size=100 ran %d%n", query, ten, hundred);
		assertThat(hundred).isEqualTo(ten);
		// the category subtree, the page, the tags of the whole page
		assertThat(ten - signInStatements()).isBetween(1L, 3L);
	}

	// What checking the request's token costs (the user, their permissions, the
	// revocation look-up): the same for every request, measured on one that goes no
	// further than authentication (an unknown path answers 404 to a signed-in user).
	private long signInStatements() throws Exception {
		this.statements.reset();
		this.mvc.perform(get("/api/v1/no-such-resource")).andExpect(status().isNotFound());
		long count = this.statements.count();
		System.out.printf("Signing a request in ran %d statements%n", count);
		return count;
	}

	private long countStatements(String url, int expectedRows) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(expectedRows))
			.andExpect(jsonPath("$.content[0].categoryId").isNumber())
			.andExpect(jsonPath("$.content[0].tags.length()").value(2))
			.andExpect(jsonPath("$.page.totalElements").value(PRODUCTS));
		// Without the count: the first page asked counts the list, the next one finds
		// the total cached (ListTotals), whatever its size.
		return this.statements.count() - this.statements.countQueries();
	}

}
