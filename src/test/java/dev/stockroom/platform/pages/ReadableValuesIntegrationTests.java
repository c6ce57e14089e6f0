package dev.stockroom.platform.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.Unit;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What pages show of times, money and units, read from outside as a browser gets it:
 * times readable in the zone the user chose on their profile (else the site's, UTC by
 * default), exact with the zone on hover and ISO-8601 UTC in {@code datetime}, on the
 * site and in the admin; money with the site's currency; units as their symbols, never a
 * capitalised constant; and the API unchanged (ISO-8601 UTC, plain numbers, unit
 * constants).
 */
@IntegrationTest
class ReadableValuesIntegrationTests {

	private static final String PASSWORD = "copper willow harbor snow";

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger stock;

	@Test
	void timesAreShownInTheZoneTheUserChoseOnTheirProfile() throws Exception {
		MockHttpSession session = staffUser();
		StockMovementResponse movement = movement(Unit.KG);
		Instant at = movement.createdAt();
		String ledger = "/admin/movements/" + movement.id();

		Element before = page(ledger, session).selectFirst("main time");
		assertThat(before.text()).isEqualTo(READABLE.format(at.atZone(ZoneId.of("UTC"))));
		assertThat(before.attr("title")).endsWith(" UTC");

		saveTimeZone(session, "Asia/Kolkata").andExpect(redirectedUrl("/account/profile"));

		Element after = page(ledger, session).selectFirst("main time");
		assertThat(after.text()).isEqualTo(READABLE.format(at.atZone(ZoneId.of("Asia/Kolkata"))));
		assertThat(after.attr("title")).endsWith(" IST (Asia/Kolkata)");
		assertThat(Instant.parse(after.attr("datetime"))).isCloseTo(at, within(1, ChronoUnit.MILLIS));
		assertThat(page("/account/profile", session).selectFirst("#timeZone option[selected]").val())
			.isEqualTo("Asia/Kolkata");
		// The site's ledger rows show the same.
		assertThat(page("/stock/movements?product=" + movement.productId(), session).select("main td time").eachText())
			.containsExactly(after.text());
	}

	@Test
	void theApiKeepsIsoUtcWhateverTheProfileSays() throws Exception {
		MockHttpSession session = staffUser();
		saveTimeZone(session, "America/Denver").andExpect(redirectedUrl("/account/profile"));
		StockMovementResponse movement = movement(Unit.ML);

		this.mvc
			.perform(get("/api/v1/stock/movements").param("product", Long.toString(movement.productId()))
				.with(SignIn.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].createdAt")
				.value(matchesPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z")));
		this.mvc.perform(get("/api/v1/products/{id}", movement.productId()).with(SignIn.as("admin")))
			.andExpect(jsonPath("$.unit").value("ML"))
			.andExpect(jsonPath("$.cost").value(12.5));
	}

	@Test
	void aTimeZoneThatIsNotOnTheListIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		MockHttpSession session = staffUser();

		String body = saveTimeZone(session, "Mars/Olympus_Mons").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "timeZone"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(body).selectFirst("#timeZone-error").text())
			.contains("Choose a time zone from the list");
		assertThat(this.users.profile(this.users.findByUsername(username(session)).orElseThrow().id()).timeZone())
			.isNull();
	}

	@Test
	void moneyCarriesTheCurrencyAndUnitsAreTheirSymbolsOnTheSite() throws Exception {
		MockHttpSession session = staffUser();
		StockMovementResponse movement = movement(Unit.KG);

		Document detail = page("/products/" + movement.productId(), session);

		assertThat(detail.select("dt:containsOwn(Unit) + dd").text()).isEqualTo("kg");
		assertThat(detail.select("dt:containsOwn(Cost) + dd").text()).isEqualTo("€12.50");
		assertThat(detail.select("dt:containsOwn(Price) + dd").text()).isEqualTo("€1,234.00");
		Document form = page("/products/" + movement.productId() + "/edit", session);
		assertThat(form.select("#unit option").eachText()).contains("kg", "ml", "pcs").doesNotContain("KG", "Kg");
		assertThat(form.selectFirst("#unit option[selected]").val()).isEqualTo("KG");
		assertThat(form.selectFirst("label[for=cost]").text()).isEqualTo("Cost (EUR)");
	}

	@Test
	void unitsAreTheirSymbolsInTheAdminToo() throws Exception {
		MockHttpSession session = staffUser();
		StockMovementResponse movement = movement(Unit.ML);

		Document list = page("/admin/products", session);
		assertThat(list.text()).doesNotContain("Kg", "Ml");
		assertThat(list.select("[href*=unit=ML], option[value=ML]").eachText()).containsExactly("ml");
		Document change = page("/admin/products/" + movement.productId(), session);
		assertThat(change.select("#field-unit option").eachText()).contains("kg", "ml", "pcs");
		assertThat(change.selectFirst("#field-unit option[selected]").val()).isEqualTo("ML");
		// A read-only time on a change form is readable too.
		Element added = change.selectFirst("#field-createdAt time");
		assertThat(added.text()).matches("[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}, [0-9]{2}:[0-9]{2}");
		assertThat(added.attr("datetime")).endsWith("Z");
	}

	private StockMovementResponse movement(Unit unit) {
		String sku = "RV-" + CatalogApi.unique();
		long product = this.products
			.create(new ProductRequest(sku, "Readable " + sku, null, unit, new BigDecimal("12.50"),
					new BigDecimal("1234"), null, null, null, null, null, null, null))
			.id();
		String code = "RV" + CatalogApi.unique();
		long warehouse = this.warehouses.create(new WarehouseRequest(code, "Readable " + code, null, true, null)).id();
		return this.stock
			.record(new MovementRequest(MovementType.RECEIPT, product, warehouse, null, 3, null, null), "test",
					Instant.now())
			.movements()
			.get(0);
	}

	private MockHttpSession staffUser() throws Exception {
		String username = "zone" + CatalogApi.unique().toLowerCase(Locale.ROOT);
		this.users
			.createSuperuser(new RegistrationRequest(username, username + "@example.com", "Zone Tester", PASSWORD));
		MockHttpSession session = PageSignIn.as(this.mvc, username, PASSWORD);
		session.setAttribute("test.username", username);
		return session;
	}

	private static String username(MockHttpSession session) {
		return (String) session.getAttribute("test.username");
	}

	private ResultActions saveTimeZone(MockHttpSession session, String zone) throws Exception {
		return this.mvc.perform(post("/account/profile").session(session)
			.with(SignIn.anonymous())
			.with(csrf())
			.param("fullName", "Zone Tester")
			.param("phone", "")
			.param("jobTitle", "")
			.param("defaultWarehouseId", "")
			.param("timeZone", zone));
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
