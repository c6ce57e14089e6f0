package dev.stockroom.stock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.stockroom.platform.redis.StockroomRedisProperties;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CachedOnHandChecks} with the caches in the run's real Redis.
 */
@IntegrationTest
class CachedOnHandWithRedisIntegrationTests extends CachedOnHandChecks {

	@Autowired
	StockroomRedisProperties settings;

	@Test
	void theCachesAreRedisOnes() {
		assertThat(this.settings.configured()).isTrue();
		assertThat(this.caches.getCache("dashboard").getNativeCache())
			.isInstanceOf(org.springframework.data.redis.cache.RedisCacheWriter.class);
	}

}
