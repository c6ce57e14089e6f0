package dev.stockroom.jobs;

import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.StockroomApplication;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test contexts that share the run's database never run each other's jobs, because none
 * of them runs jobs at all: the test class path's {@code config/application.yml} turns
 * the worker off for every context the tests start, including second instances a test
 * starts itself, and the tests that run jobs ({@link JobsIntegrationTests}) use databases
 * of their own. A worker announces itself in {@code jobrunr_backgroundjobservers}; on the
 * shared database nobody has.
 */
@IntegrationTest
class JobIsolationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ConfigurableEnvironment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobsProperties properties;

	@Test
	void aTestContextOnTheSharedDatabaseRunsNoWorker() {
		assertThat(this.properties.worker()).isFalse();
		assertThat(this.context.getBeanProvider(BackgroundJobServer.class).getIfAvailable()).isNull();
	}

	@Test
	void theWorkerIsOffForEveryContextTheTestsStartNotOnlyForThisOne() {
		String origin = this.environment.getPropertySources()
			.stream()
			.filter((source) -> !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source))
			.filter((source) -> source.containsProperty("stockroom.jobs.worker"))
			.findFirst()
			.map(PropertySource::getName)
			.orElse(null);
		assertThat(origin).as("read from the test class path's config/application.yml")
			.contains("config/application.yml");
	}

	@Test
	void aCommandRunsNoJobsEvenWhereTheWorkerIsOn() {
		String[] args = { "check-deploy", "--stockroom.jobs.worker=true",
				"--spring.datasource.url=" + TestServices.newDatabase(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.jmx.enabled=false" };
		try (ConfigurableApplicationContext command = StockroomApplication.application(args).run(args)) {
			assertThat(command.getBeanProvider(BackgroundJobServer.class).getIfAvailable()).isNull();
		}
	}

	@Test
	void noWorkerHasEverAnnouncedItselfOnTheSharedDatabase() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM jobrunr_backgroundjobservers").query(Integer.class).single())
			.isZero();
	}

}
