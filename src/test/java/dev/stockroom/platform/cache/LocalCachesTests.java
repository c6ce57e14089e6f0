package dev.stockroom.platform.cache;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory caches record hits and misses: the cache meters need them, and without
 * them Micrometer warns at every start about a cache that records no statistics.
 */
class LocalCachesTests {

	@Test
	void everyDeclaredCacheRecordsStatistics() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("dashboard", CacheDefinition.of("dashboard", String.class));
		CacheManager manager = new CacheConfiguration.LocalCaches()
			.cacheManager(beans.getBeanProvider(CacheDefinition.class), new CacheSettings(Map.of(),
					Duration.ofMinutes(10), 100, new CacheSettings.Near(true, Duration.ofSeconds(30))));

		Cache<?, ?> cache = (Cache<?, ?>) manager.getCache("dashboard").getNativeCache();

		assertThat(cache.policy().isRecordingStats()).isTrue();
	}

}
