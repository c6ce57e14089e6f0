package dev.stockroom.platform.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Redis failing is a cache miss, not an error: with the application's Redis (an embedded
 * one of this test's own, on a free port) stopped, reads and writes still answer, from
 * PostgreSQL, without a 5xx and without a Redis timeout on every request; started again,
 * caching resumes by itself.
 */
@IntegrationTest
@Import(StatementCounting.class)
class RedisOutageIntegrationTests {

	private static final int PORT = freePort();

	private static final RedisServer REDIS = start();

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		String url = "redis://127.0.0.1:" + PORT;
		registry.add("stockroom.redis.url", () -> url);
		registry.add("spring.data.redis.url", () -> url);
	}

	@AfterAll
	static void stopRedis() throws IOException {
		if (REDIS.isActive()) {
			REDIS.stop();
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	StockroomRedisProperties settings;

	@Autowired
	StatementCounter statements;

	@Test
	void withRedisStoppedRequestsAnswerFromPostgresAndCachingResumesWhenItIsBack() throws Exception {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
		String sku = "OUTAGE-" + suffix;
		long product = created("/api/v1/products", "{\"sku\": \"%s\", \"name\": \"Before\"}".formatted(sku));
		long warehouse = created("/api/v1/warehouses",
				"{\"code\": \"OUT-%s\", \"name\": \"Outage\"}".formatted(suffix));
		String path = "/api/v1/products/" + product;
		String key = this.settings.key("cache:product-detail:" + product);
		this.mvc.perform(get(path)).andExpect(status().isOk());
		assertThat(this.redis.hasKey(key)).isTrue();
		long cachedStatements = statementsOf(path);

		REDIS.stop();
		List<Long> millis = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			long one = System.nanoTime();
			this.mvc.perform(get(path)).andExpect(status().isOk());
			this.mvc.perform(get("/api/v1/products").param("q", sku)).andExpect(status().isOk());
			millis.add((System.nanoTime() - one) / 1_000_000);
		}
		this.mvc
			.perform(post("/api/v1/stock/movements").contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\": \"RECEIPT\", \"productId\": %d, \"warehouseId\": %d, \"quantity\": 4}"
					.formatted(product, warehouse)))
			.andExpect(status().isCreated());
		// The eviction after this commit cannot reach Redis: it is made up for later.
		this.mvc
			.perform(put(path).contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"%s\", \"name\": \"During\", \"version\": 0}".formatted(sku)))
			.andExpect(status().isOk());
		long outageStatements = statementsOf(path);
		long totalMillis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("With Redis stopped: 40 reads, a movement and an update in %d ms; per pair of reads %s%n",
				totalMillis, millis);
		// Without the breakers every request would wait out Redis's 500 ms timeout for
		// each use of Redis (rate limit, token check, cache read, cache write): 80 s.
		assertThat(totalMillis).isLessThan(10_000);
		assertThat(outageStatements).isGreaterThan(cachedStatements);

		REDIS.start();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!Boolean.TRUE.equals(hasKeyQuietly(key)) && System.currentTimeMillis() < deadline) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
			Thread.sleep(200);
		}
		assertThat(this.redis.hasKey(key)).as("caching resumed").isTrue();
		String body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.name")).isEqualTo("During");
		assertThat(statementsOf(path)).isEqualTo(cachedStatements);
	}

	private Boolean hasKeyQuietly(String key) {
		try {
			return this.redis.hasKey(key);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private long statementsOf(String path) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return this.statements.count();
	}

	private long created(String path, String json) throws Exception {
		MvcResult result = this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static RedisServer start() {
		try {
			// No snapshot on disk: a restarted Redis starts empty, and nothing is written
			// into the working directory.
			RedisServer server = RedisServer.newRedisServer()
				.port(PORT)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
