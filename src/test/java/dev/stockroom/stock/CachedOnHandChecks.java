package dev.stockroom.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The acceptance point "after a stock movement, the cached product detail and the
 * dashboard show the new on-hand at once", run once with each cache store (see the
 * subclasses): both pages are read (and so cached), stock moves through the API, and the
 * very next reads show the new figures.
 */
abstract class CachedOnHandChecks {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CacheManager caches;

	private StockFixtures fixtures;

	private MockHttpSession manager;

	@BeforeEach
	void signIn() throws Exception {
		this.fixtures = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
	}

	@Test
	void afterAMovementTheCachedProductDetailAndTheDashboardShowTheNewOnHandAtOnce() throws Exception {
		long warehouse = this.fixtures.warehouse();
		long product = this.fixtures.product(0, "2.00");
		this.fixtures.move(MovementType.RECEIPT, product, warehouse, null, 5, null);

		Document detail = page("/products/" + product);
		Document dashboard = page("/");
		assertThat(detail.getElementById("product-on-hand").text()).isEqualTo("5");
		// Both are cached now: the product's detail, and today's dashboard.
		assertThat(cache(ProductService.DETAIL_CACHE).get(product)).isNotNull();
		assertThat(cache("dashboard").get(LocalDate.now(ZoneOffset.UTC).toString())).isNotNull();

		this.fixtures.move(MovementType.RECEIPT, product, warehouse, null, 3, null);

		assertThat(page("/products/" + product).getElementById("product-on-hand").text()).isEqualTo("8");
		Document after = page("/");
		assertThat(figure(after, "kpi-stock-value").subtract(figure(dashboard, "kpi-stock-value")))
			.isEqualByComparingTo("6.00");
		assertThat(figure(after, "kpi-movements-today").subtract(figure(dashboard, "kpi-movements-today")))
			.isEqualByComparingTo("1");

		this.fixtures.move(MovementType.ISSUE, product, warehouse, null, 8, null);

		assertThat(page("/products/" + product).getElementById("product-on-hand").text()).isEqualTo("0");
		assertThat(figure(page("/"), "kpi-stock-value").subtract(figure(dashboard, "kpi-stock-value")))
			.isEqualByComparingTo("-10.00");
	}

	private Cache cache(String name) {
		Cache cache = this.caches.getCache(name);
		assertThat(cache).as(name).isNotNull();
		return cache;
	}

	private Document page(String path) throws Exception {
		String html = this.mvc.perform(get(path).session(this.manager).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static BigDecimal figure(Document page, String id) {
		// The page writes money with its currency (€1,234.50): the number alone.
		return new BigDecimal(page.getElementById(id).text().replaceAll("[^0-9.-]", ""));
	}

}
