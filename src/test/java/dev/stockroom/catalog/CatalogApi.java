package dev.stockroom.catalog;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes the rows a catalog test needs through the API itself. The database is shared by
 * every test class of the run, so names and SKUs carry a random suffix and tests filter
 * by what they made.
 */
public class CatalogApi {

	private final MockMvc mvc;

	public CatalogApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	// Consonants only: a suffix can never spell a digit or a word that a search test
	// looks for ("50", "off", "widget"), so it cannot add a match by chance.
	public static String unique() {
		String consonants = "BCDFGHJKLMNPQRSTVWXZ";
		StringBuilder suffix = new StringBuilder();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 10; i++) {
			suffix.append(consonants.charAt(random.nextInt(consonants.length())));
		}
		return suffix.toString();
	}

	public long createCategory(String name, Long parentId) throws Exception {
		return id(created("/api/v1/categories", """
				{"name": "%s", "parentId": %s}
				""".formatted(name, parentId)));
	}

	public long createProduct(String sku, String name, Long categoryId) throws Exception {
		return id(created("/api/v1/products", """
				{"sku": "%s", "name": "%s", "categoryId": %s}
				""".formatted(sku, name, categoryId)));
	}

	public long createSupplier(String name) throws Exception {
		return id(created("/api/v1/suppliers", """
				{"name": "%s"}
				""".formatted(name)));
	}

	/** POSTs {@code json} and returns the body of the 201 it must answer. */
	public String created(String path, String json) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
