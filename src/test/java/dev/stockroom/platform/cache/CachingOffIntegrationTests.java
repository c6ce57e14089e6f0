package dev.stockroom.platform.cache;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Boot's {@code spring.cache.type=none} switches our caching off: the no-op
 * manager answers every look-up with a miss, so every read goes to PostgreSQL (the
 * benchmark's "uncached" figures). Per-view caching of HTTP answers stays on.
 */
@IntegrationTest
@Import(StatementCounting.class)
@TestPropertySource(properties = "spring.cache.type=none")
class CachingOffIntegrationTests {

	@Autowired
	CacheManager cacheManager;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ProductService products;

	@Test
	void everyReadGoesToTheDatabase() throws Exception {
		assertThat(this.cacheManager).isInstanceOf(NoOpCacheManager.class);
		String body = this.mvc
			.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"OFF-%d\", \"name\": \"Uncached\"}".formatted(System.nanoTime())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		long first = statementsOf(() -> this.products.get(id));
		long second = statementsOf(() -> this.products.get(id));

		assertThat(first).isPositive();
		assertThat(second).isEqualTo(first);
		this.mvc.perform(get("/api/v1/products/" + id)).andExpect(header().exists(HttpHeaders.ETAG));
	}

	private long statementsOf(Runnable read) {
		this.statements.reset();
		read.run();
		return this.statements.count();
	}

}
