package dev.stockroom.platform.cache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caches of {@link ListTotals}. */
@Configuration(proxyBeanMethods = false)
class ListTotalsCaches {

	@Bean
	CacheDefinition listVersionCache() {
		return CacheDefinition.of(ListTotals.VERSIONS, String.class);
	}

	@Bean
	CacheDefinition listCountCache() {
		return CacheDefinition.of(ListTotals.COUNTS, Long.class);
	}

}
