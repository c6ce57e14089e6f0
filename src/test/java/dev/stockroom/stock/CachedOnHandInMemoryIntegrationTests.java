package dev.stockroom.stock;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CachedOnHandChecks} without Redis, the embedded default: the caches are in
 * memory (Caffeine). The same context as {@code WithoutRedisIntegrationTests}.
 */
@IntegrationTest
@TestPropertySource(properties = "stockroom.redis.url=")
class CachedOnHandInMemoryIntegrationTests extends CachedOnHandChecks {

	@Test
	void theCachesAreCaffeineOnes() {
		assertThat(this.caches.getCache("dashboard").getNativeCache())
			.isInstanceOf(com.github.benmanes.caffeine.cache.Cache.class);
	}

}
