package dev.stockroom.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Adopting a database whose tables already exist but that Flyway has never seen (made by
 * an older release's scripts, restored from a dump without its history, or built by
 * hand): Django's {@code migrate --fake-initial}. With
 * {@code SPRING_FLYWAY_BASELINE_ON_MIGRATE=true} and
 * {@code SPRING_FLYWAY_BASELINE_VERSION} set to the last migration the schema already
 * has, Flyway records that version as applied and runs only the later ones; without them
 * it refuses to touch a schema it did not make.
 */
class ExistingDatabaseIntegrationTests {

	private static final String SCHEMA_VERSION = "6";

	private final String url = TestServices.newDatabase();

	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), this.url,
			"postgres", "");

	private final JdbcClient jdbc = JdbcClient.create(this.dataSource);

	@Test
	void withoutTheBaselineSettingsFlywayRefusesTheExistingSchema() {
		givenTheSchemaOfVersion6WithoutFlywayHistory();

		assertThatExceptionOfType(FlywayException.class)
			.isThrownBy(() -> Flyway.configure().dataSource(this.dataSource).load().migrate())
			.withMessageContaining("non-empty schema");
	}

	@Test
	void withTheBaselineSettingsTheLaterMigrationsRunAndNothingFails() {
		givenTheSchemaOfVersion6WithoutFlywayHistory();
		this.jdbc
			.sql("INSERT INTO warehouses (id, code, name, created_at, updated_at, version) "
					+ "VALUES (nextval('stockroom_id_seq'), 'OLD', 'Kept', now(), now(), 0)")
			.update();

		Map<String, Object> environment = new HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", this.url);
		environment.put("SPRING_FLYWAY_BASELINE_ON_MIGRATE", "true");
		environment.put("SPRING_FLYWAY_BASELINE_VERSION", SCHEMA_VERSION);
		try (ConfigurableApplicationContext context = start(environment)) {
			Flyway flyway = context.getBean(Flyway.class);
			assertThat(flyway.info().current().getVersion())
				.isGreaterThan(MigrationVersion.fromVersion(SCHEMA_VERSION));
			assertThat(flyway.info().pending()).isEmpty();
		}

		List<String> history = this.jdbc.sql(
				"SELECT version || ' ' || type FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(history).first().isEqualTo(SCHEMA_VERSION + " BASELINE");
		assertThat(history).as("only the migrations after the baseline ran").contains("7 SQL");
		assertThat(history.subList(1, history.size()))
			.allSatisfy((row) -> assertThat(MigrationVersion.fromVersion(row.split(" ")[0]))
				.isGreaterThan(MigrationVersion.fromVersion(SCHEMA_VERSION)));
		assertThat(this.jdbc.sql("SELECT name FROM warehouses WHERE code = 'OLD'").query(String.class).single())
			.isEqualTo("Kept");
	}

	private void givenTheSchemaOfVersion6WithoutFlywayHistory() {
		Flyway.configure().dataSource(this.dataSource).target(SCHEMA_VERSION).load().migrate();
		this.jdbc.sql("DROP TABLE flyway_schema_history").update();
	}

	// The data source and Flyway as the application configures them from application.yml
	// and the environment, and nothing else.
	private static ConfigurableApplicationContext start(Map<String, Object> variables) {
		SpringApplication application = new SpringApplication(FlywayOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		application.setEnvironment(environment);
		return application.run("--spring.main.banner-mode=off", "--spring.datasource.username=postgres",
				"--spring.datasource.password=");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
	static class FlywayOnly {

	}

}
