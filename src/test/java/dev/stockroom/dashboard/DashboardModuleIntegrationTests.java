package dev.stockroom.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import dev.stockroom.catalog.ProductChanged;
import dev.stockroom.stock.StockMoved;
import dev.stockroom.stock.StockReservationsChanged;
import dev.stockroom.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a module: only it and the modules it depends on are started, on the
 * run's PostgreSQL and Redis, and the events of those modules are the only way in. A
 * stock movement, a reservation or a product change, published in a transaction as the
 * stock and catalog modules publish them, evicts the cached figures once that transaction
 * commits.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DashboardModuleIntegrationTests {

	@Autowired
	DashboardService dashboard;

	@Autowired
	CacheManager caches;

	@Autowired
	Clock clock;

	@BeforeEach
	void cacheTodaysFigures() {
		this.dashboard.read();
		assertThat(cached()).as("the dashboard is cached after a read").isTrue();
	}

	@Test
	void aStockMovementEvictsTheCachedFigures(Scenario scenario) {
		scenario.publish(new StockMoved(1L, List.of(1L, 2L)))
			.andWaitForStateChange(this::cached, (cached) -> !cached)
			.andVerify((cached) -> assertThat(cached).isFalse());
	}

	@Test
	void aReservationEvictsTheCachedFigures(Scenario scenario) {
		scenario.publish(new StockReservationsChanged(1L, List.of(1L, 2L)))
			.andWaitForStateChange(this::cached, (cached) -> !cached)
			.andVerify((cached) -> assertThat(cached).isFalse());
	}

	@Test
	void aProductChangeEvictsTheCachedFigures(Scenario scenario) {
		scenario.publish(new ProductChanged(1L))
			.andWaitForStateChange(this::cached, (cached) -> !cached)
			.andVerify((cached) -> assertThat(cached).isFalse());
	}

	private boolean cached() {
		Cache cache = this.caches.getCache(DashboardService.CACHE);
		return cache != null && cache.get(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).toString()) != null;
	}

}
