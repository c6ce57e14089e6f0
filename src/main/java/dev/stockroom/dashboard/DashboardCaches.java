package dev.stockroom.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.stockroom.platform.cache.CacheDefinition;

/** The dashboard's cache (see {@link DashboardService}). */
@Configuration(proxyBeanMethods = false)
class DashboardCaches {

	@Bean
	CacheDefinition dashboardCache() {
		return CacheDefinition.of(DashboardService.CACHE, Dashboard.class);
	}

}
