package dev.stockroom.catalog.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The category and supplier pages reuse the product pages' behaviour (CrudPages): these
 * tests prove what differs, a delete the service refuses and a conflict named on its
 * field, and that the shared parts work for them too.
 */
@IntegrationTest
class CategoryPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CategoryService categories;

	@Autowired
	SupplierService suppliers;

	CatalogApi api;

	MockHttpSession manager;

	@BeforeEach
	void signIn() throws Exception {
		this.api = new CatalogApi(this.mvc);
		this.manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
	}

	@Test
	void aBlockedDeleteShowsWhyAndDeletesNothing() throws Exception {
		String name = "Busy " + CatalogApi.unique();
		long id = this.api.createCategory(name, null);
		this.api.createProduct("BUSY-" + CatalogApi.unique(), "In the way", id);

		String body = this.mvc
			.perform(post("/categories/" + id + "/delete").session(this.manager).with(SignIn.anonymous()).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("still has products").contains(name + " cannot be deleted");
		assertThat(this.categories.get(id).name()).isEqualTo(name);
	}

	@Test
	void createEditAndDeleteACategory() throws Exception {
		String name = "Fresh " + CatalogApi.unique();
		String location = this.mvc
			.perform(post("/categories/new").param("name", name)
				.param("description", "")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/categories/*"))
			.andExpect(flash().attribute("flash", "Created category " + name))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		this.mvc
			.perform(post("/categories/" + id + "/edit").param("name", name + " renamed")
				.param("version", "0")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/categories/" + id));
		assertThat(this.categories.get(id).name()).isEqualTo(name + " renamed");

		this.mvc
			.perform(post("/categories/" + id + "/delete").session(this.manager).with(SignIn.anonymous()).with(csrf()))
			.andExpect(redirectedUrl("/categories"));
		this.mvc.perform(get("/categories/" + id).session(this.manager).with(SignIn.anonymous()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCategoryCannotBePlacedInsideItself() throws Exception {
		long id = this.api.createCategory("Loop " + CatalogApi.unique(), null);

		String body = this.mvc
			.perform(post("/categories/" + id + "/edit").param("name", "Loop")
				.param("parentId", Long.toString(id))
				.param("version", "0")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ProductPageIntegrationTests.fieldError(body, "parentId")).contains("its own ancestor");
	}

	@Test
	void aDuplicateSupplierNameIsShownBesideTheName() throws Exception {
		String name = "Acme " + CatalogApi.unique();
		this.api.createSupplier(name);

		String body = this.mvc
			.perform(post("/suppliers/new").param("name", name)
				.param("email", "not-an-address")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ProductPageIntegrationTests.fieldError(body, "email")).isNotBlank();

		body = this.mvc
			.perform(post("/suppliers/new").param("name", name)
				.param("website", "")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ProductPageIntegrationTests.fieldError(body, "name")).contains("already exists");
	}

	@Test
	void aViewerSeesTheListsWithoutButtons() throws Exception {
		String name = "Seen " + CatalogApi.unique();
		this.api.createCategory(name, null);
		this.api.createSupplier(name);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		for (String page : new String[] { "/categories", "/suppliers" }) {
			String body = this.mvc.perform(get(page).param("q", name).session(viewer).with(SignIn.anonymous()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(page).contains(name).doesNotContain("/new\"", "/edit\"", "/delete\"");
		}
		this.mvc.perform(get("/categories/new").session(viewer).with(SignIn.anonymous()))
			.andExpect(status().isForbidden());
	}

}
