package dev.stockroom.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data for a fresh database: products, stock and a history of movements.
 *
 * @param enabled load demo data at start-up when the database is empty; the embedded
 * default ({@code ./mvnw spring-boot:test-run}) switches it on, and the
 * {@code load-demo-data} command loads it on demand
 * @param products how many products to make
 * @param days how many days of movement history to make, ending today
 * @param seed the random seed, so every load makes the same data
 */
@ConfigurationProperties("stockroom.demo-data")
record DemoDataProperties(@DefaultValue("false") boolean enabled, @DefaultValue("200") int products,
		@DefaultValue("30") int days, @DefaultValue("20261124") long seed) {
}
