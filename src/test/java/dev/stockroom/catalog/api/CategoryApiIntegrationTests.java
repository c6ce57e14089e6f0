package dev.stockroom.catalog.api;

import java.util.Map;

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
import static org.hamcrest.Matchers.endsWith;
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
class CategoryApiIntegrationTests {

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
	void createsReadsUpdatesAndDeletesACategory() throws Exception {
		long parent = this.api.createCategory("Hardware " + this.suffix, null);
		String created = this.mvc.perform(post("/api/v1/categories").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "  Screws %s ", "description": "All kinds", "parentId": %d}
				""".formatted(this.suffix, parent)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("http://localhost/api/v1/categories/\\d+")))
			.andExpect(jsonPath("$.name").value("Screws " + this.suffix))
			.andExpect(jsonPath("$.description").value("All kinds"))
			.andExpect(jsonPath("$.parentId").value(parent))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();

		this.mvc.perform(get("/api/v1/categories/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Screws " + this.suffix))
			.andExpect(jsonPath("$.parentId").value(parent));
		this.mvc.perform(get("/api/v1/categories").param("parent", Long.toString(parent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", contains((int) id)));
		this.mvc.perform(get("/api/v1/categories").param("q", "screws " + this.suffix.toLowerCase()))
			.andExpect(jsonPath("$.content[*].id", contains((int) id)));

		putCategory(id, """
				{"name": "Wood screws %s", "parentId": null, "version": 0}
				""".formatted(this.suffix)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Wood screws " + this.suffix))
			.andExpect(jsonPath("$.parentId").isEmpty())
			.andExpect(jsonPath("$.version").value(1));
		assertThat(row(id)).containsEntry("name", "Wood screws " + this.suffix).containsEntry("parent_id", null);

		this.mvc.perform(delete("/api/v1/categories/{id}", id)).andExpect(status().isNoContent());
		problem(this.mvc.perform(get("/api/v1/categories/{id}", id)), 404);
		assertThat(exists(id)).isFalse();
	}

	@Test
	void refusesAStaleOrMissingVersion() throws Exception {
		long id = this.api.createCategory("Versioned " + this.suffix, null);
		// A PUT that changes nothing leaves the version alone,
		// so this one changes something.
		putCategory(id, """
				{"name": "Versioned %s", "description": "changed", "version": 0}
				""".formatted(this.suffix)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		problem(putCategory(id, """
				{"name": "Lost update %s", "version": 0}
				""".formatted(this.suffix)), 409).andExpect(jsonPath("$.type", endsWith("/stale-version")));
		problem(putCategory(id, """
				{"name": "Lost update %s"}
				""".formatted(this.suffix)), 400).andExpect(jsonPath("$.errors[*].field", contains("version")));
		assertThat(row(id)).containsEntry("name", "Versioned " + this.suffix).containsEntry("version", 1L);
	}

	@Test
	void refusesToMakeACategoryItsOwnParent() throws Exception {
		long id = this.api.createCategory("Loop " + this.suffix, null);
		problem(putCategory(id, """
				{"name": "Loop %s", "parentId": %d, "version": 0}
				""".formatted(this.suffix, id)), 409).andExpect(jsonPath("$.type", endsWith("/category-cycle")));
		assertThat(row(id)).containsEntry("parent_id", null).containsEntry("version", 0L);
	}

	@Test
	void refusesToPlaceACategoryUnderItsChild() throws Exception {
		long tools = this.api.createCategory("Tools " + this.suffix, null);
		long saws = this.api.createCategory("Saws " + this.suffix, tools);
		problem(putCategory(tools, """
				{"name": "Tools %s", "parentId": %d, "version": 0}
				""".formatted(this.suffix, saws)), 409).andExpect(jsonPath("$.type", endsWith("/category-cycle")));
		assertThat(row(tools)).containsEntry("parent_id", null).containsEntry("version", 0L);
		assertThat(row(saws)).containsEntry("parent_id", tools);
	}

	@Test
	void refusesToPlaceACategoryUnderADeeperDescendant() throws Exception {
		long tools = this.api.createCategory("Tools " + this.suffix, null);
		long saws = this.api.createCategory("Saws " + this.suffix, tools);
		long blades = this.api.createCategory("Blades " + this.suffix, saws);
		long spares = this.api.createCategory("Spares " + this.suffix, blades);
		for (long descendant : new long[] { blades, spares }) {
			problem(putCategory(tools, """
					{"name": "Tools %s", "parentId": %d, "version": 0}
					""".formatted(this.suffix, descendant)), 409)
				.andExpect(jsonPath("$.type", endsWith("/category-cycle")));
		}
		assertThat(row(tools)).containsEntry("parent_id", null).containsEntry("version", 0L);
		assertThat(row(saws)).containsEntry("parent_id", tools);
		assertThat(row(blades)).containsEntry("parent_id", saws);
	}

	@Test
	void movesACategoryUnderAnotherBranch() throws Exception {
		long tools = this.api.createCategory("Tools " + this.suffix, null);
		long saws = this.api.createCategory("Saws " + this.suffix, tools);
		long garden = this.api.createCategory("Garden " + this.suffix, null);
		long hedges = this.api.createCategory("Hedges " + this.suffix, garden);
		putCategory(saws, """
				{"name": "Saws %s", "parentId": %d, "version": 0}
				""".formatted(this.suffix, hedges)).andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(hedges));
		assertThat(row(saws)).containsEntry("parent_id", hedges);
	}

	@Test
	void answersUnprocessableForAnUnknownParent() throws Exception {
		problem(this.mvc.perform(post("/api/v1/categories").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Orphan %s", "parentId": 987654321}
				""".formatted(this.suffix))), 422).andExpect(jsonPath("$.errors[0].field").value("parentId"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM categories WHERE name = ?")
			.param("Orphan " + this.suffix)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesToDeleteACategoryThatStillHasProducts() throws Exception {
		long id = this.api.createCategory("Busy " + this.suffix, null);
		this.api.createProduct("BUSY-" + this.suffix, "Occupant", id);
		problem(this.mvc.perform(delete("/api/v1/categories/{id}", id)), 409)
			.andExpect(jsonPath("$.type", endsWith("/category-in-use")));
		assertThat(exists(id)).isTrue();
		this.mvc.perform(get("/api/v1/categories/{id}", id)).andExpect(status().isOk());
	}

	@Test
	void liftsTheChildrenToTheTopWhenTheirParentIsDeleted() throws Exception {
		long parent = this.api.createCategory("Parent " + this.suffix, null);
		long first = this.api.createCategory("First " + this.suffix, parent);
		long second = this.api.createCategory("Second " + this.suffix, parent);
		long grandchild = this.api.createCategory("Grandchild " + this.suffix, first);

		this.mvc.perform(delete("/api/v1/categories/{id}", parent)).andExpect(status().isNoContent());

		assertThat(exists(parent)).isFalse();
		assertThat(row(first)).containsEntry("parent_id", null);
		assertThat(row(second)).containsEntry("parent_id", null);
		assertThat(row(grandchild)).containsEntry("parent_id", first);
		this.mvc.perform(get("/api/v1/categories/{id}", first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").isEmpty());
	}

	@Test
	void answersNotFoundForAnUnknownId() throws Exception {
		problem(this.mvc.perform(get("/api/v1/categories/{id}", 987654321L)), 404);
		problem(putCategory(987654321L, """
				{"name": "Ghost", "version": 0}
				"""), 404);
		problem(this.mvc.perform(delete("/api/v1/categories/{id}", 987654321L)), 404);
	}

	private ResultActions putCategory(long id, String json) throws Exception {
		return this.mvc
			.perform(put("/api/v1/categories/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.sql("SELECT name, parent_id, version FROM categories WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	private boolean exists(long id) {
		return this.jdbc.sql("SELECT count(*) FROM categories WHERE id = ?").param(id).query(Long.class).single() == 1;
	}

}
