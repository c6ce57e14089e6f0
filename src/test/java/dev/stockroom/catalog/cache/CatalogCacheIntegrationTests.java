package dev.stockroom.catalog.cache;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.CategoryResponse;
import dev.stockroom.platform.redis.StockroomRedisProperties;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's hot reads are cached in the run's real Redis, as JSON with a time to
 * live, and evicted when the data changes, only once the change commits.
 */
@IntegrationTest
@Import(StatementCounting.class)
class CatalogCacheIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	@Autowired
	StatementCounter statements;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	StockroomRedisProperties settings;

	@Autowired
	TransactionTemplate transactions;

	CatalogApi api;

	@BeforeEach
	void setUp() {
		this.api = new CatalogApi(this.mvc);
	}

	@Test
	void aProductDetailIsReadOnceThenServedFromRedisAsJsonWithItsTimeToLive() throws Exception {
		String sku = "CACHE-" + CatalogApi.unique();
		long id = this.api.createProduct(sku, "Cached", null);

		ProductResponse[] read = new ProductResponse[2];
		long first = statementsOf(() -> read[0] = this.products.get(id));
		long second = statementsOf(() -> read[1] = this.products.get(id));

		assertThat(first).isPositive();
		assertThat(second).isZero();
		String json = this.redis.opsForValue().get(detailKey(id));
		// A record as plain JSON: no class names that a forged entry could abuse.
		assertThat(json).startsWith("{")
			.contains("\"sku\":\"" + sku + "\"")
			.contains("\"id\":" + id)
			.doesNotContain("@class");
		assertThat(this.redis.getExpire(detailKey(id), TimeUnit.SECONDS)).isBetween(1L, 600L);
		// What JSON gave back equals what PostgreSQL gave: amounts keep their scale,
		// times their microseconds.
		assertThat(read[1]).isEqualTo(read[0]);
	}

	@Test
	void aChangedProductIsEvictedWhenItsTransactionCommitsAndNotWhenItRollsBack() throws Exception {
		long id = this.api.createProduct("CACHE-" + CatalogApi.unique(), "Before", null);
		ProductResponse before = this.products.get(id);

		this.transactions.executeWithoutResult((status) -> {
			rename(before, "Rolled back");
			assertThat(this.redis.hasKey(detailKey(id))).isTrue();
			status.setRollbackOnly();
		});
		assertThat(this.redis.hasKey(detailKey(id))).isTrue();
		assertThat(this.products.get(id).name()).isEqualTo("Before");

		this.transactions.executeWithoutResult((status) -> {
			rename(before, "After");
			// Not yet: until the commit, another reader would cache the old row again.
			assertThat(this.redis.hasKey(detailKey(id))).isTrue();
		});
		assertThat(this.redis.hasKey(detailKey(id))).isFalse();
		assertThat(this.products.get(id).name()).isEqualTo("After");
	}

	@Test
	void theCategoryTreeIsCachedAndEvictedWhenACategoryIsWritten() throws Exception {
		String key = this.settings.key("cache:category-tree:all");
		List<CategoryResponse> tree = this.categories.all();
		assertThat(this.redis.hasKey(key)).isTrue();
		assertThat(this.categories.all()).isEqualTo(tree);

		String name = "Cached tree " + CatalogApi.unique();
		long id = this.api.createCategory(name, null);

		assertThat(this.categories.all()).extracting(CategoryResponse::id).contains(id);
		assertThat(this.redis.opsForValue().get(key)).contains("\"name\":\"" + name + "\"");
	}

	private void rename(ProductResponse product, String name) {
		this.products.update(product.id(), new ProductRequest(product.sku(), name, null, null, null, null, null, null,
				null, null, null, null, this.products.get(product.id()).version()));
	}

	private String detailKey(long id) {
		return this.settings.key("cache:product-detail:" + id);
	}

	private long statementsOf(Runnable read) {
		this.statements.reset();
		read.run();
		return this.statements.count();
	}

}
