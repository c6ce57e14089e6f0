package dev.stockroom.platform.cache;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.StockroomApplication;
import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.RedisCommandCounting;
import dev.stockroom.support.RedisCommandCounting.RedisCommandCounter;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL and one Redis (this test's application, A, and a second
 * one started here, B), each with its near caches in front of Redis: a warm read is
 * answered from memory, without SQL or a Redis command, and a change made through A is
 * seen on B's cached reads within a second, because the eviction reaches B's memory over
 * Redis pub/sub; B's near cache would otherwise answer the old value for 30 s.
 */
@IntegrationTest
@Import({ StatementCounting.class, RedisCommandCounting.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheAcrossInstancesIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(1);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ProductService products;

	@Autowired
	StatementCounter statements;

	@Autowired
	RedisCommandCounter redisCommands;

	@Autowired
	TestTokens tokens;

	@Autowired
	CacheManager caches;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext instanceB;

	private int portB;

	private String admin;

	@BeforeAll
	void startInstanceB() {
		this.admin = this.tokens.bearer("admin");
		this.instanceB = new SpringApplicationBuilder(StockroomApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + property("spring.datasource.url"), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.datasource.hikari.minimum-idle=1",
				"--stockroom.redis.url=" + property("stockroom.redis.url"),
				"--spring.data.redis.url=" + property("spring.data.redis.url"),
				"--stockroom.redis.key-prefix=" + property("stockroom.redis.key-prefix"),
				"--stockroom.redis.sessions=false", "--stockroom.rate-limit.api.capacity=1000000",
				"--stockroom.rate-limit.login.capacity=1000000", "--spring.jmx.enabled=false");
		this.portB = Integer.parseInt(this.instanceB.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@Test
	void aWarmProductDetailCostsNeitherSqlNorARedisCommand() throws Exception {
		long id = new CatalogApi(this.mvc).createProduct("NEAR-" + CatalogApi.unique(), "Near", null);
		long gets = this.redisCommands.count("GET");
		this.statements.reset();

		ProductResponse cold = this.products.get(id);

		// The counters see what a read costs: a miss asks Redis, then PostgreSQL.
		assertThat(this.redisCommands.count("GET")).as("Redis GETs of a cold read").isGreaterThan(gets);
		assertThat(this.statements.count()).as("statements of a cold read").isPositive();
		gets = this.redisCommands.count("GET");
		this.statements.reset();

		ProductResponse warm = this.products.get(id);

		assertThat(warm).isEqualTo(cold);
		assertThat(this.statements.count()).as("statements of a warm read").isZero();
		assertThat(this.redisCommands.count("GET")).as("Redis GETs of a warm read").isEqualTo(gets);
		assertThat(near(this.caches, ProductService.DETAIL_CACHE).holds(id)).as("held in A's memory").isTrue();

		// The same over HTTP, with a token, as a client asks.
		String path = "/api/v1/products/" + id;
		assertThat(status(this.port, path)).isEqualTo(200);
		gets = this.redisCommands.count("GET");
		long commands = this.redisCommands.total();
		this.statements.reset();
		assertThat(status(this.port, path)).isEqualTo(200);
		// Any command: the rate limiter's and the token check's too (printed, not
		// asserted: the instance's scheduled work may send some meanwhile).
		System.out.printf("A warm GET %s over HTTP: %d statements, %d Redis GETs, %d Redis commands of any kind%n",
				path, this.statements.count(), this.redisCommands.count("GET") - gets,
				this.redisCommands.total() - commands);
		assertThat(this.statements.count()).as("statements of a warm HTTP read").isZero();
		assertThat(this.redisCommands.count("GET")).as("Redis GETs of a warm HTTP read").isEqualTo(gets);
	}

	@Test
	void aProductChangedOnAIsSeenOnBsCachedDetailWithinASecond() throws Exception {
		long id = new CatalogApi(this.mvc).createProduct("NEAR-" + CatalogApi.unique(), "Before", null);
		String path = "/api/v1/products/" + id;
		assertThat(body(this.portB, path)).contains("\"name\":\"Before\"");
		assertThat(body(this.portB, path)).contains("\"name\":\"Before\"");
		assertThat(near(caches(this.instanceB), ProductService.DETAIL_CACHE).holds(id)).as("held in B's memory")
			.isTrue();

		ProductResponse product = this.products.get(id);
		this.products.update(id, new ProductRequest(product.sku(), "After", null, null, null, null, null, null, null,
				null, null, null, product.version()));

		await().atMost(WITHIN)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> body(this.portB, path).contains("\"name\":\"After\""));
	}

	@Test
	void aMovementOnAIsSeenOnBsCachedDashboardWithinASecond() throws Exception {
		StockFixtures fixtures = new StockFixtures(this.mvc, this.jdbc, this.json);
		long warehouse = fixtures.warehouse();
		long product = fixtures.product(0, "3.00");
		Browser browser = new Browser(this.portB);
		browser.signIn("manager", PageSignIn.DEMO_PASSWORD);
		BigDecimal before = stockValue(browser.get("/"));
		assertThat(stockValue(browser.get("/"))).isEqualByComparingTo(before);

		fixtures.receive(product, warehouse, 5);

		await().atMost(WITHIN)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> stockValue(browser.get("/")).subtract(before).compareTo(new BigDecimal("15.00")) == 0);
	}

	@Test
	void aProductCreatedOnAIsInBsNextListTotalWithinASecond() throws Exception {
		String sku = "NEARLIST-" + CatalogApi.unique();
		CatalogApi api = new CatalogApi(this.mvc);
		api.createProduct(sku + "-1", "Listed", null);
		String path = "/api/v1/products?size=1&q=" + sku;
		// Two pages of one row: the total is counted once, then cached, on B.
		assertThat(total(this.portB, path)).isEqualTo(1);
		api.createProduct(sku + "-2", "Listed", null);
		await().atMost(WITHIN).pollInterval(Duration.ofMillis(20)).until(() -> total(this.portB, path) == 2);
		assertThat(total(this.portB, path)).isEqualTo(2);
		api.createProduct(sku + "-3", "Listed", null);
		await().atMost(WITHIN).pollInterval(Duration.ofMillis(20)).until(() -> total(this.portB, path) == 3);
	}

	private int total(int port, String path) throws Exception {
		return JsonPath.<Integer>read(body(port, path), "$.page.totalElements");
	}

	private static BigDecimal stockValue(String page) {
		return new BigDecimal(Jsoup.parse(page).getElementById("kpi-stock-value").text().replace(",", ""));
	}

	private static CacheManager caches(ConfigurableApplicationContext context) {
		return context.getBean(CacheManager.class);
	}

	private static NearCaches.Near near(CacheManager caches, String name) {
		Cache cache = caches.getCache(name);
		Cache target = (cache instanceof TransactionAwareCacheDecorator decorator) ? decorator.getTargetCache() : cache;
		assertThat(target).as(name).isInstanceOf(NearCaches.Near.class);
		return (NearCaches.Near) target;
	}

	private int status(int port, String path) throws Exception {
		return this.http.send(request(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String body(int port, String path) throws Exception {
		HttpResponse<String> response = this.http.send(request(port, path), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private HttpRequest request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", this.admin)
			.build();
	}

	private String property(String name) {
		return this.environment.getRequiredProperty(name);
	}

	/** A browser on one instance: its own cookies, signed in through the login form. */
	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		private final int port;

		Browser(int port) {
			this.port = port;
		}

		void signIn(String username, String password) throws Exception {
			Matcher token = CSRF.matcher(get("/login"));
			assertThat(token.find()).as("CSRF token on the login page").isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(token.group(1));
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.uri().getPath()).as("signed in, on the start page").isEqualTo("/");
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
