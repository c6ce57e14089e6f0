package dev.stockroom.stock.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.ReservationLine;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.stock.StockReservations;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stock forms and pages as a browser uses them: signed in through the login form,
 * with the CSRF token, each refusal shown beside its field and leaving stock as it was.
 */
@IntegrationTest
class StockPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	StockReservations reservations;

	StockFixtures fixtures;

	long product;

	long warehouse;

	@BeforeEach
	void productAndWarehouse() {
		this.fixtures = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.product = this.fixtures.product(5);
		this.warehouse = this.fixtures.warehouse();
	}

	@Test
	void aClerkReceivesThenIssuesStockAndTheDashboardCountsIt() throws Exception {
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		long todayBefore = movementsToday(clerk);

		this.mvc
			.perform(as(clerk, post("/stock/receive")).param("productId", "" + this.product)
				.param("warehouseId", "" + this.warehouse)
				.param("quantity", "10")
				.param("reference", "PO-77"))
			.andExpect(redirectedUrl("/stock/receive?product=" + this.product))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers
				.matchesPattern("Received 10 x SKU-.* at W-.*: 10 on hand now \\(ledger entry #1\\)\\.")));
		assertThat(this.fixtures.onHand(this.product, this.warehouse)).isEqualTo(10);

		this.mvc
			.perform(as(clerk, post("/stock/issue")).param("productId", "" + this.product)
				.param("warehouseId", "" + this.warehouse)
				.param("quantity", "4"))
			.andExpect(redirectedUrl("/stock/issue?product=" + this.product))
			.andExpect(flash().attribute("flash", "Issued 4 x " + sku(this.product) + " from " + code(this.warehouse)
					+ ": 6 on hand now (ledger entry #2)."));

		assertThat(this.fixtures.onHand(this.product, this.warehouse)).isEqualTo(6);
		this.fixtures.assertLedgerConsistent(this.product, this.warehouse);
		assertThat(this.jdbc.sql("SELECT DISTINCT created_by FROM stock_movements WHERE product_id = ?")
			.param(this.product)
			.query(String.class)
			.list()).containsExactly("clerk");
		assertThat(movementsToday(clerk)).isEqualTo(todayBefore + 2);
		assertThat(page(clerk, "/products/" + this.product + "/stock")).contains("<td class=\"quantity\">6</td>")
			.contains("PO-77");
	}

	// The catalog's product page shows the stock module's section without
	// depending on it (ProductDetailSection).
	@Test
	void theProductDetailPageShowsStockPerWarehouseAndTheLatestMovements() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 7);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		String body = page(viewer, "/products/" + this.product);

		assertThat(body).contains("id=\"product-stock\"")
			.contains("<span id=\"product-on-hand\" data-live-total=\"" + this.product + "\">7</span>")
			.contains("<td class=\"quantity\">+7</td>")
			.contains("href=\"/products/" + this.product + "/stock\"");
	}

	@Test
	void theStockFormsShowWhatEachWarehouseHasOfTheChosenProductBeforeSubmitting() throws Exception {
		long other = this.fixtures.warehouse();
		this.fixtures.receive(this.product, this.warehouse, 7);
		this.fixtures.receive(this.product, other, 3);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		for (String form : List.of("/stock/issue", "/stock/transfer", "/stock/receive")) {
			Document page = document(clerk, form + "?product=" + this.product);
			assertThat(onHandTable(page)).as(form)
				.containsEntry(code(this.warehouse), "7")
				.containsEntry(code(other), "3");
			assertThat(page.selectFirst("#warehouseId option[value=" + this.warehouse + "]").text()).as(form)
				.endsWith("(7 on hand)");
			// Enter in a field presses the form's first button: the movement, not "Show
			// on hand".
			assertThat(page.select("form[method=post][action='" + form + "'] button[type=submit]").eachText()).as(form)
				.containsExactly(page.selectFirst("h1").text(), "Show on hand");
		}
		assertThat(document(clerk, "/stock/transfer?product=" + this.product)
			.selectFirst("#targetWarehouseId option[value=" + other + "]")
			.text()).endsWith("(3 on hand)");
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		for (String form : List.of("/stock/adjust", "/stock/count")) {
			assertThat(onHandTable(document(manager, form + "?product=" + this.product))).as(form)
				.containsEntry(code(this.warehouse), "7");
		}
		// Nothing chosen, nothing to show; a product never stocked says so.
		assertThat(document(clerk, "/stock/issue").select("#on-hand")).isEmpty();
		assertThat(document(clerk, "/stock/issue?product=" + this.fixtures.product()).selectFirst("#on-hand").text())
			.isEqualTo("None on hand in any warehouse yet.");
	}

	// Without a script, a product chosen in the list is shown by asking the server again.
	@Test
	void showOnHandShowsTheListedProductsStockWithoutErrorsOrMovingStock() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 7);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		String body = this.mvc
			.perform(as(clerk, post("/stock/issue")).param("productId", "" + this.product)
				.param("warehouseId", "")
				.param("quantity", "")
				.param("reason", "kept")
				.param("show", "on-hand"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		assertThat(onHandTable(page)).containsEntry(code(this.warehouse), "7");
		assertThat(page.selectFirst("#productId option[selected]").val()).isEqualTo("" + this.product);
		assertThat(page.selectFirst("#reason").val()).isEqualTo("kept");
		assertThat(page.select(".error-summary, .field-error, .is-invalid")).isEmpty();
		assertThat(this.fixtures.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void aWarehouseWhereTheProductIsStockedIsOfferedBeyondTheFirstByCode() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 4);
		// More active warehouses than the form offers, all sorting before this test's
		// own.
		String prefix = StockFixtures.unique("A");
		this.jdbc.sql("""
				INSERT INTO warehouses (id, code, name, created_at, updated_at)
				SELECT nextval('stockroom_id_seq'), ? || '-' || n, 'Ahead ' || n, now(), now()
				  FROM generate_series(1, ?) AS n""").params(prefix, StockChoices.LIMIT).update();
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		Document page = document(clerk, "/stock/issue?product=" + this.product);

		assertThat(onHandTable(page)).containsEntry(code(this.warehouse), "4");
		assertThat(page.selectFirst("#warehouseId option[value=" + this.warehouse + "]").text())
			.endsWith("(4 on hand)");
	}

	@Test
	void aSingleSearchHitIsPreselectedAndSeveralAreLeftToTheUser() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 2);
		long another = this.fixtures.product();
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		String sku = sku(this.product);

		Document single = document(clerk, "/stock/issue?q=" + sku);
		// Both products' SKUs start with this run's prefix.
		Document several = document(clerk, "/stock/issue?q=" + sku.substring(0, sku.lastIndexOf('-') + 1));

		assertThat(single.select("#productId option[selected]").eachAttr("value")).containsExactly("" + this.product);
		assertThat(onHandTable(single)).containsEntry(code(this.warehouse), "2");
		assertThat(several.select("#productId option").eachAttr("value")).contains("" + this.product, "" + another);
		assertThat(several.select("#productId option[selected]")).isEmpty();
		assertThat(several.select("#on-hand")).isEmpty();
	}

	@Test
	void aTransferSaysWhatBothWarehousesHoldNowAndItsRowsNameBothWarehouses() throws Exception {
		long other = this.fixtures.warehouse();
		this.fixtures.receive(this.product, this.warehouse, 10);
		this.fixtures.receive(this.product, other, 2);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		String from = code(this.warehouse);
		String to = code(other);

		this.mvc
			.perform(as(clerk, post("/stock/transfer")).param("productId", "" + this.product)
				.param("warehouseId", "" + this.warehouse)
				.param("targetWarehouseId", "" + other)
				.param("quantity", "4"))
			.andExpect(redirectedUrl("/stock/transfer?product=" + this.product))
			.andExpect(flash().attribute("flash",
					"Transferred 4 x " + sku(this.product) + " from " + from + " to " + to + ": 6 on hand at " + from
							+ ", 6 at " + to + " now (ledger entries #2 at " + from + ", #2 at " + to + ")."));

		Document stock = document(clerk, "/products/" + this.product + "/stock");
		assertThat(stock.select("table.movements td.warehouse").eachText()).contains(from + " to " + to,
				to + " from " + from);
		assertThat(entries(stock)).containsExactlyInAnyOrder("#2 at " + from, "#2 at " + to, "#1 at " + from,
				"#1 at " + to);
	}

	@Test
	void adjustmentsAndCountsSayTheNewOnHand() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 10);
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		String where = sku(this.product) + " at " + code(this.warehouse);

		this.mvc
			.perform(as(manager, post("/stock/adjust")).param("productId", "" + this.product)
				.param("warehouseId", "" + this.warehouse)
				.param("quantity", "-3")
				.param("reason", "damaged"))
			.andExpect(flash().attribute("flash", "Adjusted " + where + " by -3: 7 on hand now (ledger entry #2)."));
		this.mvc
			.perform(as(manager, post("/stock/count")).param("productId", "" + this.product)
				.param("warehouseId", "" + this.warehouse)
				.param("quantity", "9"))
			.andExpect(flash().attribute("flash", "Counted " + where + " (+2): 9 on hand now (ledger entry #3)."));
	}

	// Row ids (33920, say) mean nothing to a user; the level's own numbering does.
	@Test
	void everyPageThatShowsLedgerRowsNamesThemByTheirNumberInTheLevelNotTheirId() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 5);
		this.fixtures.issue(this.product, this.warehouse, 2);
		List<String> ids = this.fixtures.ledger(this.product, this.warehouse)
			.stream()
			.map((row) -> Long.toString(row.id()))
			.toList();
		String first = "#1 at " + code(this.warehouse);
		String second = "#2 at " + code(this.warehouse);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		for (String path : List.of("/stock/movements?product=" + this.product, "/products/" + this.product + "/stock",
				"/products/" + this.product, "/warehouses/" + this.warehouse)) {
			Document page = document(viewer, path);
			assertThat(entries(page)).as(path).containsExactly(second, first);
			assertThat(page.select("table.movements td").eachText()).as(path).doesNotContainAnyElementsOf(ids);
		}

		MockHttpSession admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		Document list = document(admin, "/admin/movements?warehouseId=" + this.warehouse);
		assertThat(list.select("tr#row-" + ids.get(0) + " td a").eachText()).containsExactly(first);
		assertThat(list.select("tr#row-" + ids.get(1) + " td a").eachText()).containsExactly(second);
		assertThat(document(admin, "/admin/movements/" + ids.get(0)).selectFirst("h1").text()).isEqualTo(first);
	}

	@Test
	void anIssueBeyondOnHandShowsTheErrorBesideTheQuantityAndChangesNothing() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 3);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		String body = form(clerk, "/stock/issue", "" + this.warehouse, null, "5", null);

		assertThat(errorOf(body, "quantity")).isEqualTo("only 3 on hand");
		assertThat(body).contains("aria-describedby=\"quantity-error\"").contains("is-invalid");
		assertThat(this.fixtures.onHand(this.product, this.warehouse)).isEqualTo(3);
		assertThat(this.fixtures.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void anIssueOfReservedStockShowsWhatIsAvailableBesideTheQuantity() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 40);
		this.reservations.reserve(this.warehouse, List.of(new ReservationLine(this.product, 37, null)));
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		String body = form(clerk, "/stock/issue", "" + this.warehouse, null, "4", null);

		assertThat(errorOf(body, "quantity")).isEqualTo("only 3 available; 37 reserved");
		assertThat(this.fixtures.onHand(this.product, this.warehouse)).isEqualTo(40);
		Element row = document(clerk, "/stock/issue?product=" + this.product).selectFirst("#on-hand tbody tr");
		assertThat(row.select("td").eachText()).endsWith("40", "3");
	}

	@Test
	void theStockPagesShowReservedAvailableAndAShortage() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 40);
		this.reservations.reserve(this.warehouse, List.of(new ReservationLine(this.product, 40, null)));
		this.fixtures.move(MovementType.COUNT, this.product, this.warehouse, null, 10, "Cycle count");
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		String key = this.product + ":" + this.warehouse;

		for (String path : List.of("/stock/levels?warehouse=" + this.warehouse, "/products/" + this.product + "/stock",
				"/products/" + this.product)) {
			Document page = document(clerk, path);
			assertThat(page.selectFirst("[data-live-level=\"" + key + "\"]").text()).as(path).isEqualTo("10");
			assertThat(page.selectFirst("[data-live-reserved=\"" + key + "\"]").text()).as(path).isEqualTo("40");
			assertThat(page.selectFirst("[data-live-available=\"" + key + "\"]").text()).as(path).isEqualTo("-30");
			Element status = page.selectFirst("[data-live-low=\"" + key + "\"]");
			assertThat(status.selectFirst(".shortage").hasAttr("hidden")).as(path).isFalse();
			assertThat(status.selectFirst(".shortage").text()).isEqualTo("Shortage");
			assertThat(status.selectFirst(".low-stock").hasAttr("hidden")).as(path).isFalse();
		}
		MockHttpSession admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		Document list = document(admin, "/admin/stock-levels?warehouse.id=" + this.warehouse);
		// A sortable heading adds its sort link's words after an arrow.
		assertThat(list.select("thead th").eachText()).map((heading) -> heading.split("[↕▲▼]")[0])
			.contains("On hand", "Reserved", "Available");
		assertThat(list.select("tbody tr").first().select("td").eachText()).containsSubsequence("10", "40", "-30");
	}

	@Test
	void aTransferToTheSameWarehouseShowsTheErrorBesideTheDestination() throws Exception {
		this.fixtures.receive(this.product, this.warehouse, 3);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		String body = form(clerk, "/stock/transfer", "" + this.warehouse, "" + this.warehouse, "1", null);

		assertThat(errorOf(body, "targetWarehouseId")).isEqualTo("must differ from the source warehouse");
		assertThat(this.fixtures.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void anAdjustmentWithoutAReasonShowsTheErrorBesideTheReason() throws Exception {
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		String body = form(manager, "/stock/adjust", "" + this.warehouse, null, "0", " ");

		assertThat(errorOf(body, "reason")).isEqualTo("is required for an adjustment");
		assertThat(errorOf(body, "quantity")).startsWith("must not be 0");
		assertThat(this.fixtures.stockLevelRows(this.product, this.warehouse)).isZero();
	}

	@Test
	void unknownReferencesAndMangledNumbersAreFieldErrorsNotErrorPages() throws Exception {
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		String unknownWarehouse = form(clerk, "/stock/receive", "999999999", null, "1", null);
		String mangled = form(clerk, "/stock/count", "" + this.warehouse, null, "twelve", null);

		assertThat(errorOf(unknownWarehouse, "warehouseId")).isEqualTo("Warehouse 999999999 does not exist");
		assertThat(errorOf(mangled, "quantity")).isEqualTo("must be a whole number");
		assertThat(this.fixtures.stockLevelRows(this.product, this.warehouse)).isZero();
	}

	// A quantity that does not convert used to hide every other problem.
	@Test
	void aMangledQuantityAndAMissingWarehouseAreShownTogether() throws Exception {
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);

		String body = form(clerk, "/stock/receive", "", null, "twelve", null);

		assertThat(errorOf(body, "quantity")).isEqualTo("must be a whole number");
		assertThat(errorOf(body, "warehouseId")).isEqualTo("Choose a warehouse");
		assertThat(body).contains("href=\"#quantity\"", "href=\"#warehouseId\"");
		assertThat(this.fixtures.stockLevelRows(this.product, this.warehouse)).isZero();
	}

	@Test
	void aViewerGetsNoStockFormAndSeesNoOperationLinks() throws Exception {
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		this.mvc.perform(as(viewer, get("/stock/receive"))).andExpect(status().isForbidden());
		this.mvc
			.perform(as(viewer, post("/stock/receive")).param("productId", "" + this.product)
				.param("warehouseId", "" + this.warehouse)
				.param("quantity", "1"))
			.andExpect(status().isForbidden());
		for (String path : new String[] { "/", "/stock/movements", "/stock/levels",
				"/products/" + this.product + "/stock", "/warehouses/" + this.warehouse }) {
			assertThat(page(viewer, path)).as(path)
				.doesNotContain("href=\"/stock/receive")
				.doesNotContain("href=\"/stock/issue")
				.doesNotContain("href=\"/stock/adjust")
				.doesNotContain("/edit\"");
		}
		assertThat(page(PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD), "/stock/movements"))
			.contains("href=\"/stock/receive\"")
			.doesNotContain("href=\"/stock/adjust\"");
		assertThat(this.fixtures.stockLevelRows(this.product, this.warehouse)).isZero();
	}

	@Test
	void theMovementHistoryFiltersByProductTypeWarehouseAndDay() throws Exception {
		long other = this.fixtures.warehouse();
		this.fixtures.receive(this.product, this.warehouse, 5);
		this.fixtures.issue(this.product, this.warehouse, 2);
		this.fixtures.receive(this.product, other, 1);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

		assertThat(total(viewer, "product=" + this.product)).isEqualTo(3);
		assertThat(total(viewer, "product=" + this.product + "&type=ISSUE")).isEqualTo(1);
		assertThat(total(viewer, "product=" + this.product + "&warehouse=" + other)).isEqualTo(1);
		assertThat(total(viewer, "product=" + this.product + "&from=" + today + "&to=" + today)).isEqualTo(3);
		assertThat(total(viewer, "product=" + this.product + "&to=2000-01-01")).isZero();
		// Each row shows its number in the level's ledger, newest first.
		assertThat(entries(viewer, "/stock/movements?product=" + this.product + "&warehouse=" + this.warehouse))
			.containsExactly("#2 at " + code(this.warehouse), "#1 at " + code(this.warehouse));
		// A mangled filter is a message beside it, the others still apply.
		MvcResult mangled = this.mvc
			.perform(as(viewer, get("/stock/movements?product=" + this.product + "&from=yesterday&type=THEFT")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(mangled.getResponse().getContentAsString()).contains("must be a date such as 2026-11-24")
			.contains("is not a movement type");
		assertThat(((Page<?>) mangled.getModelAndView().getModel().get("movements")).getTotalElements()).isEqualTo(3);
	}

	@Test
	void theCsvExportHasEveryFilteredRowWithFormulasNeutralised() throws Exception {
		this.fixtures.move(MovementType.ADJUSTMENT, this.product, this.warehouse, null, 7,
				"=HYPERLINK(\"http://evil.example\",\"x\")");
		this.fixtures.move(MovementType.ADJUSTMENT, this.product, this.warehouse, null, -2, "-damaged");
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		MvcResult result = this.mvc.perform(as(viewer, get("/stock/movements.csv?product=" + this.product)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn();
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("id,created_at,type,product_id,sku,warehouse,sequence,quantity_change");
		assertThat(lines[1]).contains(",ADJUSTMENT," + this.product + ",SKU-")
			.contains(",2,-2,5,'-damaged,")
			.endsWith(",admin");
		assertThat(lines[2]).contains(",1,7,7,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",");
	}

	@Test
	void warehousesAreListedShownCreatedAndEdited() throws Exception {
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		String code = StockFixtures.unique("WP");

		String invalid = this.mvc.perform(as(manager, post("/warehouses")).param("code", "no spaces").param("name", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(errorOf(invalid, "code")).isEqualTo("may contain letters, digits, _ and - only");
		// The same words as every other form's blank name (warehouses once said "must not
		// be blank").
		assertThat(errorOf(invalid, "name")).isEqualTo("Enter a name");

		MvcResult created = this.mvc
			.perform(as(manager, post("/warehouses")).param("code", code)
				.param("name", "Page warehouse")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(page(manager, location)).contains("Page warehouse").contains(code.toUpperCase());
		assertThat(page(manager, "/warehouses?q=" + code)).contains(code.toUpperCase());

		String edit = page(manager, location + "/edit");
		String version = edit.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		this.mvc
			.perform(as(manager, post(location)).param("code", code).param("name", "Renamed").param("version", version))
			.andExpect(redirectedUrl(location));
		assertThat(page(manager, location)).contains("Renamed").contains("Inactive");
		String stale = this.mvc
			.perform(as(manager, post(location)).param("code", code).param("name", "Again").param("version", version))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Someone else changed this warehouse");

		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		this.mvc.perform(as(clerk, get("/warehouses/new"))).andExpect(status().isForbidden());
		assertThat(page(clerk, "/warehouses")).doesNotContain("href=\"/warehouses/new\"");
	}

	private String form(MockHttpSession session, String path, String warehouse, String target, String quantity,
			String reason) throws Exception {
		MockHttpServletRequestBuilder request = as(session, post(path)).param("productId", "" + this.product)
			.param("warehouseId", warehouse)
			.param("quantity", quantity);
		if (target != null) {
			request.param("targetWarehouseId", target);
		}
		if (reason != null) {
			request.param("reason", reason);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	// The first message of the error block placed under a field.
	private static String errorOf(String body, String field) {
		Matcher matcher = Pattern.compile("id=\"" + field + "-error\">\\s*<p>([^<]*)</p>").matcher(body);
		assertThat(matcher.find()).as("an error beside " + field).isTrue();
		return matcher.group(1).replace("&#39;", "'");
	}

	private long total(MockHttpSession session, String query) throws Exception {
		MvcResult result = this.mvc.perform(as(session, get("/stock/movements?" + query)))
			.andExpect(status().isOk())
			.andReturn();
		return ((Page<?>) result.getModelAndView().getModel().get("movements")).getTotalElements();
	}

	private long movementsToday(MockHttpSession session) throws Exception {
		String body = page(session, "/");
		Matcher matcher = Pattern.compile("id=\"kpi-movements-today\">(\\d+)<").matcher(body);
		assertThat(matcher.find()).as("movements today on the dashboard").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private Document document(MockHttpSession session, String path) throws Exception {
		return Jsoup.parse(page(session, path));
	}

	// The stock table beside a form's warehouse choice: on hand by warehouse code.
	private static Map<String, String> onHandTable(Document page) {
		Map<String, String> onHand = new LinkedHashMap<>();
		for (Element row : page.select("#on-hand tbody tr")) {
			String label = row.child(0).text();
			onHand.put(label.substring(0, label.indexOf(" · ")), row.child(1).text());
		}
		return onHand;
	}

	// How each ledger row on a page is named, in page order.
	private static List<String> entries(Document page) {
		return page.select("table.movements td.entry").eachText();
	}

	private List<String> entries(MockHttpSession session, String path) throws Exception {
		return entries(document(session, path));
	}

	private String sku(long product) {
		return this.jdbc.sql("SELECT sku FROM products WHERE id = ?").param(product).query(String.class).single();
	}

	private String code(long warehouse) {
		return this.jdbc.sql("SELECT code FROM warehouses WHERE id = ?").param(warehouse).query(String.class).single();
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return this.mvc.perform(as(session, get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder as(MockHttpSession session, MockHttpServletRequestBuilder request) {
		return request.session(session).with(SignIn.anonymous()).with(csrf());
	}

}
