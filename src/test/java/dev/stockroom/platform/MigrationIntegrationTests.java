package dev.stockroom.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations as Flyway runs them on a real, empty PostgreSQL: {@code migrate} applies
 * them in order, and the data migration V4 fixes rows written under the old rules before
 * its constraint forbids them.
 */
class MigrationIntegrationTests {

	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
			TestServices.newDatabase(), "postgres", "");

	private final JdbcClient jdbc = JdbcClient.create(this.dataSource);

	@Test
	void migratesAnEmptyDatabaseToTheLatestVersion() throws IOException {
		flyway(null).migrate();

		assertThat(flyway(null).info().current().getVersion()).isEqualTo(newestMigrationFile());
		assertThat(flyway(null).info().pending()).isEmpty();
		assertThat(flyway(null).validateWithResult().validationSuccessful).isTrue();
	}

	@Test
	void dataMigrationNormalisesSkusWrittenBeforeTheRuleExisted() {
		flyway("3").migrate();
		insertProduct(" ab-1 ");

		flyway(null).migrate();

		assertThat(this.jdbc.sql("SELECT sku FROM products").query(String.class).single()).isEqualTo("AB-1");
		assertThatThrownBy(() -> insertProduct("lower-case")).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("products_sku_normalized");
	}

	// The newest V<n>__*.sql in the source tree: a migration Flyway failed to find or
	// apply
	// leaves the database below it.
	private static MigrationVersion newestMigrationFile() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.matches("V\\d+__.+\\.sql"))
				.map((name) -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))))
				.max(MigrationVersion::compareTo)
				.orElseThrow();
		}
	}

	private void insertProduct(String sku) {
		this.jdbc.sql("""
				INSERT INTO products (id, sku, name, unit, cost, price, created_at, updated_at)
				VALUES (nextval('stockroom_id_seq'), :sku, 'Old product', 'EACH', 1, 2, :now, :now)
				""").param("sku", sku).param("now", java.sql.Timestamp.from(Instant.now())).update();
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
