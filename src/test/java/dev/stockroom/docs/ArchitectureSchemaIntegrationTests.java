package dev.stockroom.docs;

import java.io.IOException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the schema picture in docs/ARCHITECTURE.md true to the migrations: Flyway
 * migrates a new, empty PostgreSQL database, {@link SchemaDiagram} draws what is there,
 * and the committed picture must be that drawing.
 */
class ArchitectureSchemaIntegrationTests {

	static final String REGENERATE_SCHEMA = "./mvnw -B -ntp -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false"
			+ " -Dit.test=ArchitectureSchemaIntegrationTests -D" + GeneratedBlock.WRITE_PROPERTY + "=true";

	private static JdbcClient jdbc;

	// One database for the class: the tests only read the schema.
	@BeforeAll
	static void migrateANewDatabase() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
				TestServices.newDatabase(), "postgres", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void theSchemaPictureShowsEveryTableAndForeignKeyOfTheMigratedSchema() throws IOException {
		GeneratedBlock.check(GeneratedBlock.ARCHITECTURE, "schema", SchemaDiagram.mermaid(jdbc), REGENERATE_SCHEMA);
	}

	@Test
	void relationsReadTheirCardinalityFromTheKeys() {
		String diagram = SchemaDiagram.mermaid(jdbc);

		assertThat(diagram).as("many ledger rows per product, each with exactly one product")
			.contains("    products ||--o{ stock_movements : \"product_id\"\n")
			.as("a transfer's other warehouse may be null")
			.contains("    warehouses |o--o{ stock_movements : \"counterpart_warehouse_id\"\n")
			.as("one profile per user: its foreign key is its primary key")
			.contains("    users ||--o| user_profiles : \"user_id\"\n")
			.as("a join table's columns are both keys")
			.contains("        int8 product_id PK, FK\n")
			.as("a natural key")
			.contains("        varchar sku UK\n");
	}

	@Test
	void theLibrariesTablesAreLeftOut() {
		String diagram = SchemaDiagram.mermaid(jdbc);

		assertThat(jdbc.sql(
				"SELECT count(*) FROM pg_class WHERE relname IN ('flyway_schema_history', 'event_publication', 'jobrunr_jobs')")
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(diagram).doesNotContain("flyway_schema_history")
			.doesNotContain("event_publication")
			.doesNotContain("jobrunr_");
	}

}
