package dev.stockroom.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.admin.web.AdminSite;
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
 * The admin site through real page sessions: every model's list, add form and change form
 * for the superuser (with the HTML checks the other pages pass), the staff door, the
 * per-model permissions, CSRF, validation beside the fields, a refused delete, bulk
 * actions and the history of a change.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminSite site;

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

	@Autowired
	ApiTokenService tokens;

	@Autowired
	UserService users;

	MockHttpSession admin;

	MockHttpSession manager;

	@Autowired
	PurchaseOrderService purchaseOrders;

	@Autowired
	SalesOrderService salesOrders;

	@BeforeAll
	void signIn() throws Exception {
		this.admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		this.manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		// One row of every model, whatever else the database holds.
		long category = this.categories.create(new CategoryRequest("Admin fixture " + unique(), null, null, null)).id();
		long product = this.products
			.create(new ProductRequest("ADMFIX-" + unique(), "Fixture", null, null, new BigDecimal("2.50"), null, null,
					null, null, null, category, List.of("fixture"), null))
			.id();
		long supplier = this.suppliers
			.create(new SupplierRequest("Admin supplier " + unique(), null, null, null, null, null))
			.id();
		this.suppliers.putOffer(product, supplier, new SupplierOfferRequest("S-1", new BigDecimal("2.00"), 3));
		long warehouse = this.warehouses.create(new WarehouseRequest("A" + unique(), "Admin", null, null, null)).id();
		this.stock.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 4, "fixture", null));
		this.tokens.create("admin", "Admin fixture", Optional.empty());
		this.purchaseOrders.create(new PurchaseOrderRequest(supplier, warehouse, null, "Admin fixture",
				List.of(new PurchaseOrderLineRequest(product, 2, null)), null));
		this.salesOrders.create(new SalesOrderRequest(new Customer("Admin fixture", null, null), warehouse,
				List.of(new SalesOrderLineRequest(product, 2, java.math.BigDecimal.ONE)), null));
	}

	Stream<String> slugs() {
		return this.site.models().stream().map(ModelAdmin::slug);
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void everyModelsListAndFormsPassTheHtmlCheck(String slug) throws Exception {
		Document list = page("/admin/" + slug, this.admin, 200);
		Element first = list.selectFirst("table.admin-list tbody tr[id^=row-]");
		assertThat(first).as("%s has rows in the demo data or the tests' own", slug).isNotNull();
		page("/admin/" + slug + "/" + first.id().substring("row-".length()), this.admin, 200);
		page("/admin/" + slug + "/" + first.id().substring("row-".length()) + "/history", this.admin, 200);
		ModelAdmin model = this.site.models().stream().filter((m) -> m.slug().equals(slug)).findFirst().orElseThrow();
		if (model.isEditable()) {
			page("/admin/" + slug + "/new", this.admin, 200);
		}
		else {
			page("/admin/" + slug + "/new", this.admin, 403);
		}
	}

	@Test
	void theIndexListsEveryModelForTheSuperuser() throws Exception {
		Document index = page("/admin", this.admin, 200);
		for (ModelAdmin model : this.site.models()) {
			assertThat(index.select("#model-" + model.slug())).as(model.slug()).hasSize(1);
		}
		assertThat(index.select("header a[href='/admin']")).hasSize(1);
	}

	@Test
	void nonStaffAreRefusedAndSeeNoAdminLink() throws Exception {
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		this.mvc.perform(get("/admin").session(clerk).with(SignIn.anonymous())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/products").session(clerk).with(SignIn.anonymous()))
			.andExpect(status().isForbidden());
		Document home = page("/", clerk, 200);
		assertThat(home.select("a[href='/admin']")).isEmpty();
	}

	@Test
	void aManagerWithoutUserChangeSeesNoUserAdminAndIsRefusedItsUrls() throws Exception {
		Document index = page("/admin", this.manager, 200);
		assertThat(index.select("#model-products")).hasSize(1);
		assertThat(index.select("#model-users")).isEmpty();
		assertThat(index.select("a[href^='/admin/users']")).isEmpty();
		long managerId = userId("manager");
		for (String path : List.of("/admin/users", "/admin/users/new", "/admin/users/" + managerId,
				"/admin/users/" + managerId + "/history", "/admin/users/" + managerId + "/delete")) {
			this.mvc.perform(get(path).session(this.manager).with(SignIn.anonymous()))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/users/" + managerId).param("email", "m@example.com")
				.param("fullName", "Escalated")
				.param("staff", "true")
				.param("groups", "ADMIN")
				.session(this.manager)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void readOnlyModelsOfferNoAddChangeOrDelete() throws Exception {
		Document movements = page("/admin/movements", this.admin, 200);
		assertThat(movements.select("a[href='/admin/movements/new']")).isEmpty();
		assertThat(movements.select("option[value=delete_selected]")).isEmpty();
		String id = movements.selectFirst("tbody tr[id^=row-]").id().substring(4);
		Document form = page("/admin/movements/" + id, this.admin, 200);
		assertThat(form.select("#save")).isEmpty();
		assertThat(form.select("main input:not([type=hidden]), main select, main textarea")).isEmpty();
		this.mvc.perform(post("/admin/movements/" + id).session(this.admin).with(SignIn.anonymous()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyPostNeedsTheCsrfToken() throws Exception {
		long product = product("CSRF");
		for (var request : List.of(post("/admin/products/new").param("sku", "CSRF-X").param("name", "x"),
				post("/admin/products/" + product).param("name", "x"), post("/admin/products/" + product + "/delete"),
				post("/admin/products").param("action", "deactivate").param("selected", String.valueOf(product)))) {
			this.mvc.perform(request.session(this.admin).with(SignIn.anonymous())).andExpect(status().isForbidden());
		}
		assertThat(this.products.get(product).active()).isTrue();
	}

	@Test
	void invalidFieldsAreShownBesideThemAndNothingIsSaved() throws Exception {
		long product = product("BAD");
		long version = this.products.get(product).version();
		MockHttpServletResponse response = this.mvc
			.perform(post("/admin/products/" + product).param("sku", "BAD-" + product)
				.param("name", "")
				.param("cost", "cheap")
				.param("version", String.valueOf(version))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse();
		Document form = Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#field-name-error").text()).isNotBlank();
		assertThat(form.select("#field-cost-error").text()).contains("must be a number");
		assertThat(form.select("#field-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(this.products.get(product).name()).isEqualTo("Admin BAD");
	}

	@Test
	void editingAProductShowsOldAndNewValuesOnItsHistoryPage() throws Exception {
		long product = product("HIST");
		ProductResponse before = this.products.get(product);
		this.mvc
			.perform(post("/admin/products/" + product).param("sku", before.sku())
				.param("name", "Renamed in the admin")
				.param("unit", "EACH")
				.param("cost", "1.00")
				.param("price", "9.99")
				.param("reorderPoint", "0")
				.param("reorderQuantity", "0")
				.param("active", "true")
				.param("version", String.valueOf(before.version()))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/products/" + product));

		Document history = page("/admin/products/" + product + "/history", this.admin, 200);
		Element update = history.select("table.admin-history > tbody > tr").first();
		assertThat(update.text()).contains("admin").contains("Update");
		Element name = update.select("table.changes tr:has(td:containsOwn(name))").first();
		assertThat(name.select(".old-value").text()).isEqualTo("Admin HIST");
		assertThat(name.select(".new-value").text()).isEqualTo("Renamed in the admin");
		Element price = update.select("table.changes tr:has(td:containsOwn(price))").first();
		assertThat(price.select(".new-value").text()).isEqualTo("9.99");
		assertThat(history.select("table.admin-history > tbody > tr").last().text()).contains("Create");
	}

	@Test
	void changesMadeOutsideTheAdminAreInTheHistoryToo() throws Exception {
		long product = product("API");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/products/" + product)
				.with(SignIn.as("manager"))
				.contentType("application/json")
				.content("{\"sku\": \"%s\", \"name\": \"Renamed by the API\", \"version\": %d}"
					.formatted(this.products.get(product).sku(), this.products.get(product).version())))
			.andExpect(status().isOk());

		Document history = page("/admin/products/" + product + "/history", this.admin, 200);
		Element update = history.select("table.admin-history > tbody > tr").first();
		assertThat(update.text()).contains("manager").contains("Renamed by the API").contains("Admin API");
	}

	@Test
	void supplierOffersAreAddedAndRemovedInlineOnTheProductForm() throws Exception {
		long product = product("INL");
		long supplier = this.suppliers
			.create(new SupplierRequest("Inline supplier " + unique(), null, null, null, null, null))
			.id();
		ProductResponse before = this.products.get(product);
		this.mvc
			.perform(productForm(before).param("inline-supplieroffer-supplierId", String.valueOf(supplier))
				.param("inline-supplieroffer-supplierSku", "INL-1")
				.param("inline-supplieroffer-unitCost", "3.40")
				.param("inline-supplieroffer-leadTimeDays", "5"))
			.andExpect(redirectedUrl("/admin/products/" + product));
		assertThat(this.suppliers.offers(product)).singleElement()
			.satisfies((offer) -> assertThat(offer.supplierSku()).isEqualTo("INL-1"));
		Document form = page("/admin/products/" + product, this.admin, 200);
		assertThat(form.select("#inline-supplieroffer tbody").text()).contains("INL-1").contains("3.40");

		// An invalid extra row is named above the form; the offer list is unchanged.
		String body = this.mvc
			.perform(productForm(this.products.get(product))
				.param("inline-supplieroffer-supplierId", String.valueOf(supplier))
				.param("inline-supplieroffer-supplierSku", "INL-2")
				.param("inline-supplieroffer-unitCost", "-1")
				.param("inline-supplieroffer-leadTimeDays", "5"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(body).select(".alert-danger").text()).contains("Supplier offers").contains("unitCost");
		assertThat(this.suppliers.offers(product)).singleElement()
			.satisfies((offer) -> assertThat(offer.supplierSku()).isEqualTo("INL-1"));

		this.mvc.perform(
				productForm(this.products.get(product)).param("inline-supplieroffer-remove", String.valueOf(supplier)))
			.andExpect(redirectedUrl("/admin/products/" + product));
		assertThat(this.suppliers.offers(product)).isEmpty();
	}

	@Test
	void manyToManyChangesAreInTheHistoryWithOldAndNewNames() throws Exception {
		long product = product("TAGS");
		this.mvc.perform(productForm(this.products.get(product)).param("tags", "fragile, seasonal"))
			.andExpect(redirectedUrl("/admin/products/" + product));
		this.mvc.perform(productForm(this.products.get(product)).param("tags", "seasonal"))
			.andExpect(redirectedUrl("/admin/products/" + product));
		Document productHistory = page("/admin/products/" + product + "/history", this.admin, 200);
		assertThat(change(productHistory, 0, "tags")).containsExactly("[fragile, seasonal]", "[seasonal]");
		assertThat(change(productHistory, 1, "tags")).containsExactly("[]", "[fragile, seasonal]");

		String username = "m2m" + unique().toLowerCase(java.util.Locale.ROOT);
		long user = this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Many To Many",
					"a long and uncommon password"))
			.id();
		this.mvc
			.perform(post("/admin/users/" + user).param("email", username + "@example.com")
				.param("fullName", "Many To Many")
				.param("active", "true")
				.param("groups", "CLERK")
				.param("version", version("/admin/users/" + user))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + user));
		Document userHistory = page("/admin/users/" + user + "/history", this.admin, 200);
		assertThat(userHistory.select("table.admin-history > tbody > tr").first().text()).contains("admin");
		assertThat(change(userHistory, 0, "groups")).containsExactly("[VIEWER]", "[CLERK]");

		String groupName = "Auditors " + unique();
		String group = this.mvc
			.perform(post("/admin/groups/new").param("name", groupName)
				.param("permissions", "product.view")
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post(group).param("name", groupName)
				.param("permissions", "product.view", "warehouse.view")
				.param("version", version(group))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl(group));
		Document groupHistory = page(group + "/history", this.admin, 200);
		assertThat(change(groupHistory, 0, "permissions")).containsExactly("[product.view]",
				"[product.view, warehouse.view]");
		assertThat(change(groupHistory, 1, "permissions")).containsExactly("", "[product.view]");
	}

	// The old and new value of one property in one entry of a history page, newest first.
	private static List<String> change(Document history, int entry, String property) {
		Element row = history.select("table.admin-history > tbody > tr")
			.get(entry)
			.select("table.changes tr:has(td:containsOwn(" + property + "))")
			.first();
		assertThat(row).as("%s in entry %d", property, entry).isNotNull();
		return List.of(row.select(".old-value").text(), row.select(".new-value").text());
	}

	private String version(String changeForm) throws Exception {
		return page(changeForm, this.admin, 200).select("input[name=version]").val();
	}

	@Test
	void aRemovedInlineRowThatIsNoIdIsTheBadRequestPageAndSavesNothing() throws Exception {
		long product = product("MANGLED");
		ProductResponse before = this.products.get(product);

		this.mvc.perform(productForm(before, "Renamed with a mangled row").param("inline-supplieroffer-remove", "abc"))
			.andExpect(status().isBadRequest());
		assertThat(this.products.get(product).name()).isEqualTo("Admin MANGLED");
	}

	@Test
	void aBadInlineRowSavesNothingAndAGoodOneSavesBoth() throws Exception {
		long product = product("ATOM");
		long supplier = this.suppliers
			.create(new SupplierRequest("Atomic supplier " + unique(), null, null, null, null, null))
			.id();
		ProductResponse before = this.products.get(product);

		String body = this.mvc
			.perform(productForm(before, "Renamed with a bad offer")
				.param("inline-supplieroffer-supplierId", String.valueOf(supplier))
				.param("inline-supplieroffer-supplierSku", "ATOM-1")
				.param("inline-supplieroffer-unitCost", "-1")
				.param("inline-supplieroffer-leadTimeDays", "5"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(body);
		assertThat(form.select(".alert-danger").text()).contains("Supplier offers").contains("unitCost");
		assertThat(form.select("#field-inline-supplieroffer-unitCost-error").text()).isNotBlank();
		assertThat(form.select("#field-inline-supplieroffer-unitCost").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#field-inline-supplieroffer-supplierSku").val()).as("the row as typed")
			.isEqualTo("ATOM-1");
		assertThat(form.select("#field-name").val()).isEqualTo("Renamed with a bad offer");
		ProductResponse unchanged = this.products.get(product);
		assertThat(unchanged.name()).isEqualTo("Admin ATOM");
		assertThat(unchanged.version()).isEqualTo(before.version());
		assertThat(this.suppliers.offers(product)).isEmpty();

		this.mvc
			.perform(productForm(before, "Renamed with a good offer")
				.param("inline-supplieroffer-supplierId", String.valueOf(supplier))
				.param("inline-supplieroffer-supplierSku", "ATOM-1")
				.param("inline-supplieroffer-unitCost", "1.25")
				.param("inline-supplieroffer-leadTimeDays", "5"))
			.andExpect(redirectedUrl("/admin/products/" + product));
		assertThat(this.products.get(product).name()).isEqualTo("Renamed with a good offer");
		assertThat(this.suppliers.offers(product)).singleElement()
			.satisfies((offer) -> assertThat(offer.supplierSku()).isEqualTo("ATOM-1"));
	}

	@Test
	void anAdminAddsAUserAndAWeakPasswordIsShownBesideIt() throws Exception {
		String username = ("adm" + unique()).toLowerCase();
		String body = this.mvc
			.perform(post("/admin/users/new").param("username", username)
				.param("email", username + "@example.com")
				.param("fullName", "Added Here")
				.param("password", "short")
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(body).select("#field-password-error").text()).isNotBlank();

		this.mvc
			.perform(post("/admin/users/new").param("username", username)
				.param("email", username + "@example.com")
				.param("fullName", "Added Here")
				.param("password", "a long enough passphrase " + username)
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/admin/users?q=" + username, this.admin, 200).select("tbody tr[id^=row-]")).hasSize(1);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder productForm(
			ProductResponse product) {
		return productForm(product, product.name());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder productForm(
			ProductResponse product, String name) {
		return post("/admin/products/" + product.id()).param("sku", product.sku())
			.param("name", name)
			.param("unit", product.unit().name())
			.param("cost", product.cost().toPlainString())
			.param("price", product.price().toPlainString())
			.param("reorderPoint", String.valueOf(product.reorderPoint()))
			.param("reorderQuantity", String.valueOf(product.reorderQuantity()))
			.param("active", "true")
			.param("version", String.valueOf(product.version()))
			.session(this.admin)
			.with(SignIn.anonymous())
			.with(csrf());
	}

	@Test
	void aDeletedObjectKeepsItsHistory() throws Exception {
		long product = product("GONE");
		this.mvc
			.perform(post("/admin/products/" + product + "/delete").session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/products"));

		Document history = page("/admin/products/" + product + "/history", this.admin, 200);
		Element deleted = history.select("table.admin-history > tbody > tr").first();
		assertThat(deleted.text()).contains("admin").contains("Delete");
		assertThat(deleted.select("table.changes tr:has(td:containsOwn(name)) .old-value").text())
			.isEqualTo("Admin GONE");
	}

	@Test
	void aCategoryWithProductsIsNotDeletedAndTheReasonIsShown() throws Exception {
		long category = this.categories.create(new CategoryRequest("Admin busy " + unique(), null, null, null)).id();
		this.products.create(new ProductRequest("ADMBUSY-" + unique(), "In the way", null, null, null, null, null, null,
				null, null, category, null, null));

		Document confirm = page("/admin/categories/" + category + "/delete", this.admin, 200);
		assertThat(confirm.select("#delete-blocked").text()).contains("still has products");
		assertThat(confirm.select("#confirm-delete")).isEmpty();
		String body = this.mvc
			.perform(post("/admin/categories/" + category + "/delete").session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("still has products");
		assertThat(this.categories.get(category)).isNotNull();
	}

	@Test
	void deleteSelectedListsWhatWillBeDeletedAndWhatBlocksIt() throws Exception {
		long free = this.categories.create(new CategoryRequest("Admin free " + unique(), null, null, null)).id();
		long busy = this.categories.create(new CategoryRequest("Admin held " + unique(), null, null, null)).id();
		this.products.create(new ProductRequest("ADMHELD-" + unique(), "Holding", null, null, null, null, null, null,
				null, null, busy, null, null));

		String body = this.mvc
			.perform(post("/admin/categories").param("action", "delete_selected")
				.param("selected", String.valueOf(free), String.valueOf(busy))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document confirm = Jsoup.parse(body);
		assertThat(confirm.select("tbody tr:contains(Admin free)").text()).contains("Will be deleted");
		assertThat(confirm.select("tbody tr:contains(Admin held)").text()).contains("Blocked")
			.contains("still has products");
		assertThat(confirm.select("input[name=selected]").eachAttr("value")).containsExactly(String.valueOf(free));
		// Nothing is deleted before the confirmation.
		assertThat(this.categories.get(free)).isNotNull();

		this.mvc
			.perform(post("/admin/categories").param("action", "delete_selected")
				.param("confirmed", "true")
				.param("selected", String.valueOf(free))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/categories"));
		assertThat(this.categories.all().stream().map((c) -> c.id())).doesNotContain(free).contains(busy);
	}

	@Test
	void theCsvExportHasTheSelectedRowsOnly() throws Exception {
		long one = product("CSV1");
		long two = product("CSV2");
		product("CSV3");
		String csv = this.mvc
			.perform(post("/admin/products").param("action", "export_csv")
				.param("selected", String.valueOf(one), String.valueOf(two))
				.session(this.admin)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).contains("Admin CSV1").contains("Admin CSV2").doesNotContain("Admin CSV3");
	}

	private long product(String name) {
		return this.products.create(ProductRequest.of("ADM-" + name + "-" + unique(), "Admin " + name)).id();
	}

	private long userId(String username) throws Exception {
		Document list = page("/admin/users?q=" + username, this.admin, 200);
		return list.select("tbody tr[id^=row-]")
			.stream()
			.filter((row) -> row.text().startsWith(username + " "))
			.map((row) -> Long.parseLong(row.id().substring(4)))
			.findFirst()
			.orElseThrow();
	}

	static String unique() {
		return Long.toString(System.nanoTime(), 36).toUpperCase();
	}

	private Document page(String path, MockHttpSession session, int expected) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).session(session).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(expected);
		Document page = Jsoup.parse(response.getContentAsString());
		if (expected == 200) {
			assertThat(duplicateIds(page)).as("duplicate ids on %s", path).isEmpty();
			assertThat(unlabelledControls(page)).as("controls without a label on %s", path).isEmpty();
			assertThat(page.select("[style], [onclick], [onchange]")).as("inline style or script on %s", path)
				.isEmpty();
			assertThat(page.select("script:not([src])")).as("inline script on %s", path).isEmpty();
		}
		return page;
	}

	private static List<String> duplicateIds(Document page) {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		page.select("[id]").forEach((element) -> {
			if (!seen.add(element.id())) {
				duplicates.add(element.id());
			}
		});
		return duplicates;
	}

	private static List<String> unlabelledControls(Document page) {
		List<String> unlabelled = new ArrayList<>();
		for (Element control : page.select("input, select, textarea")) {
			String type = control.attr("type");
			if (type.equals("hidden") || type.equals("submit")) {
				continue;
			}
			boolean labelled = (!control.id().isEmpty() && !page.select("label[for=" + control.id() + "]").isEmpty())
					|| !control.attr("aria-label").isBlank();
			if (!labelled) {
				unlabelled.add(control.outerHtml());
			}
		}
		return unlabelled;
	}

}
