package dev.stockroom.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.DailyMovements;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's figures follow the ledger, each links to the list it counts, its chart
 * has a value for each of the last 30 days (its table folded away below low stock and
 * recent movements), and it costs the same number of SQL statements however much there is
 * to count.
 */
@IntegrationTest
@Import(StatementCounting.class)
class DashboardIntegrationTests {

	private static final AtomicInteger counter = new AtomicInteger();

	private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);

	@Autowired
	MockMvc mvc;

	@Autowired
	DashboardService dashboard;

	@Autowired
	ProductService products;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	StockLedger stock;

	@Autowired
	StatementCounter statements;

	@Autowired
	CacheManager caches;

	@Test
	void theChartHasThirtyDaysEndingTodayWithZerosWhereNothingMoved() throws Exception {
		long product = product(new BigDecimal("2.50"), 0, 0);
		long warehouse = warehouse();
		Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS);
		this.stock.record(movement(MovementType.RECEIPT, product, warehouse, 4), "test", threeDaysAgo);
		this.stock.record(movement(MovementType.ISSUE, product, warehouse, 1), "test", Instant.now());

		List<DailyMovements> daily = this.dashboard.read().daily();

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(daily).hasSize(30);
		for (int i = 0; i < 30; i++) {
			assertThat(daily.get(i).day()).isEqualTo(today.minusDays(29 - i));
		}
		assertThat(daily.get(26).receipts()).isPositive();
		assertThat(daily.get(29).issues()).isPositive();
		// Nothing in this test database is dated four weeks back: a day with no rows is a
		// zero, not a gap.
		assertThat(daily.get(0)).isEqualTo(new DailyMovements(today.minusDays(29), 0, 0));

		String body = this.mvc.perform(get("/").session(admin()).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body.split("data-day=\"", -1)).hasSize(31);
		assertThat(body).contains("data-day=\"" + today.minusDays(29) + "\" data-receipts=\"0\" data-issues=\"0\"")
			.contains("<canvas id=\"daily-chart\"")
			.containsPattern("/js/dashboard-chart-[0-9a-f]+\\.js")
			.doesNotContain("<script>")
			.doesNotContain("style=");
	}

	@Test
	void whatNeedsActingOnComesFirstAndTheNumbersTableIsFoldedAway() throws Exception {
		Document page = dashboardPage(admin());

		List<String> headings = page.select("main h2").eachAttr("id");
		assertThat(headings).containsSubsequence("low-heading", "recent-heading", "chart-heading");
		Element numbers = page.selectFirst("details.chart-data");
		assertThat(numbers).isNotNull();
		assertThat(numbers.hasAttr("open")).as("folded by default").isFalse();
		assertThat(numbers.selectFirst("summary").text()).isEqualTo("The numbers");
	}

	@Test
	void eachFigureLinksToTheListBehindIt() throws Exception {
		long product = product(new BigDecimal("2.00"), 10, 5);
		long warehouse = warehouse();
		this.stock.record(movement(MovementType.RECEIPT, product, warehouse, 3), "test", Instant.now());
		MockHttpSession session = admin();
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		Document page = dashboardPage(session);

		assertThat(page.selectFirst("a#kpi-products").attr("href")).isEqualTo("/products");
		assertThat(page.selectFirst("a#kpi-stock-value").attr("href")).isEqualTo("/stock/levels");
		assertThat(page.selectFirst("a#kpi-stock-value").text()).matches("€[0-9,]+\\.[0-9]{2}");
		assertThat(page.selectFirst("a#kpi-low-stock").attr("href")).isEqualTo("/stock/levels?lowStock=true");
		String movementsToday = page.selectFirst("a#kpi-movements-today").attr("href");
		assertThat(movementsToday).isEqualTo("/stock/movements?from=" + today + "&to=" + today);
		Element todayRow = page.selectFirst("#daily-movements tr[data-day=" + today + "]");
		assertThat(todayRow.select("a").eachAttr("href")).containsExactly(
				"/stock/movements?type=RECEIPT&from=" + today + "&to=" + today,
				"/stock/movements?type=ISSUE&from=" + today + "&to=" + today);
		assertThat(todayRow.selectFirst("a").text()).isEqualTo(todayRow.attr("data-receipts"));

		// The links lead to lists that hold what the figure counts.
		String sku = this.products.get(product).sku();
		for (String link : List.of(movementsToday, todayRow.selectFirst("a").attr("href"))) {
			assertThat(this.mvc.perform(get(link).session(session).with(SignIn.anonymous()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).as(link).contains(sku);
		}
		assertThat(this.mvc.perform(get("/stock/levels?lowStock=true").session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(sku);
	}

	@Test
	void recentMovementsSayHowLongAgoWithTheExactTimeOnHover() throws Exception {
		long product = product(new BigDecimal("1.00"), 0, 0);
		long warehouse = warehouse();
		this.stock.record(movement(MovementType.RECEIPT, product, warehouse, 1), "test", Instant.now());

		Element when = dashboardPage(admin()).selectFirst("#recent-movements tbody tr time");

		assertThat(when.text()).isEqualTo("just now");
		assertThat(Instant.parse(when.attr("datetime"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		// The demo admin chose no zone: the site's, UTC by default.
		assertThat(when.attr("title")).matches("[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}, [0-9]{2}:[0-9]{2}:[0-9]{2} UTC");
		assertThat(dashboardPage(admin()).select("#recent-movements th").eachText()).contains("When")
			.doesNotContain("When (UTC)");
	}

	@Test
	void figuresFollowTheLedgerAndLowStockComesWithAReorderSuggestion() {
		long product = product(new BigDecimal("3.00"), 100_000, 25);
		long warehouse = warehouse();
		Dashboard before = this.dashboard.read();

		this.stock.record(movement(MovementType.RECEIPT, product, warehouse, 14), "test", Instant.now());
		this.stock.record(movement(MovementType.ISSUE, product, warehouse, 10), "test", Instant.now());
		Dashboard after = this.dashboard.read();

		assertThat(after.productCount()).isEqualTo(before.productCount());
		assertThat(after.stockValue().subtract(before.stockValue())).isEqualByComparingTo("12.00");
		assertThat(after.movementsToday()).isEqualTo(before.movementsToday() + 2);
		assertThat(after.lowStockCount()).isEqualTo(before.lowStockCount() + 1);
		// on-hand 4, reorder point 100,000, reorder quantity 25: 100,000 + 25 - 4; and as
		// the level furthest below its reorder point, it heads the list
		assertThat(after.lowStock()).filteredOn((row) -> row.level().productId() == product)
			.singleElement()
			.satisfies((row) -> assertThat(row.suggestedOrder()).isEqualTo(100_021));
		assertThat(after.lowStock().get(0).level().productId()).isEqualTo(product);
		assertThat(after.recentMovements()).hasSizeBetween(2, 10);
		assertThat(after.recentMovements().get(0).movement().productId()).isEqualTo(product);
		assertThat(after.recentMovements().get(0).movement().type()).isEqualTo(MovementType.ISSUE);
	}

	@Test
	void theDashboardCostsTheSameStatementsHoweverMuchThereIsToShow() throws Exception {
		MockHttpSession session = admin();
		long warehouse = warehouse();
		long product = product(new BigDecimal("1.00"), 5, 5);
		this.stock.record(movement(MovementType.RECEIPT, product, warehouse, 1), "test", Instant.now());
		statementsOfDashboard(session); // warms what is cached per user
		long few = statementsOfDashboard(session);

		for (int i = 0; i < 15; i++) {
			long more = product(new BigDecimal("1.00"), 5, 5);
			long another = warehouse();
			this.stock.record(movement(MovementType.RECEIPT, more, another, 2), "test", Instant.now());
			this.stock.record(movement(MovementType.ISSUE, more, another, 1), "test", Instant.now());
		}
		long many = statementsOfDashboard(session);

		System.out.printf("GET / ran %d statements before and %d after adding 15 low stock levels%n", few, many);
		assertThat(many).isEqualTo(few);
	}

	@Test
	void theDashboardIsReadOnceThenServedFromTheCacheUntilStockMoves() {
		long product = product(new BigDecimal("4.00"), 0, 0);
		long warehouse = warehouse();
		Cache cache = this.caches.getCache(DashboardService.CACHE);
		String today = LocalDate.now(ZoneOffset.UTC).toString();

		Dashboard first = this.dashboard.read();

		assertThat(cache.get(today)).as("cached").isNotNull();
		assertThat(this.dashboard.read()).isEqualTo(first);

		this.stock.record(movement(MovementType.RECEIPT, product, warehouse, 3), "test", Instant.now());

		assertThat(cache.get(today)).as("evicted once the movement committed").isNull();
		Dashboard after = this.dashboard.read();
		assertThat(after.stockValue().subtract(first.stockValue())).isEqualByComparingTo("12.00");
		assertThat(after.movementsToday()).isEqualTo(first.movementsToday() + 1);
		assertThat(cache.get(today)).as("cached again").isNotNull();
	}

	private long statementsOfDashboard(MockHttpSession session) throws Exception {
		// The figures themselves, not the cache: what a miss costs.
		this.dashboard.evict();
		this.statements.reset();
		this.mvc.perform(get("/").session(session).with(SignIn.anonymous())).andExpect(status().isOk());
		return this.statements.count();
	}

	private Document dashboardPage(MockHttpSession session) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/").session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpSession admin() throws Exception {
		return PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
	}

	private long product(BigDecimal cost, int reorderPoint, int reorderQuantity) {
		String sku = "DSH-" + RUN + "-" + counter.incrementAndGet();
		return this.products
			.create(new ProductRequest(sku, "Dashboard " + sku, null, null, cost, null, reorderPoint, reorderQuantity,
					null, null, null, null, null))
			.id();
	}

	private long warehouse() {
		String code = "D-" + RUN + "-" + counter.incrementAndGet();
		return this.warehouses.create(new WarehouseRequest(code, "Dashboard " + code, null, true, null)).id();
	}

	private static MovementRequest movement(MovementType type, long product, long warehouse, int quantity) {
		return new MovementRequest(type, product, warehouse, null, quantity, null, null);
	}

}
