package dev.stockroom.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.StockroomApplication;
import dev.stockroom.jobs.Jobs;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Celery beat's schedule: the daily reorder check, the nightly ledger audit and the
 * notifications' retention are recurring jobs, registered by every instance at start-up
 * at their configured times in {@code stockroom.time-zone}, and each runs on a worker
 * (here "run now", as the jobs page does): the job runner finds its bean and method. A
 * worker needs a database of its own (the run's shared database has none), so this starts
 * one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledChecksIntegrationTests {

	private ConfigurableApplicationContext worker;

	@BeforeAll
	void startAWorker() {
		this.worker = new SpringApplicationBuilder(StockroomApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + TestServices.newDatabase(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.datasource.hikari.minimum-idle=1",
				"--spring.jmx.enabled=false", "--stockroom.jobs.worker=true", "--stockroom.jobs.retries=0",
				"--jobrunr.background-job-server.poll-interval-in-seconds=5",
				"--stockroom.reorder-check.cron=30 5 * * 1-5", "--stockroom.time-zone=Europe/Berlin");
	}

	@AfterAll
	void stopIt() {
		if (this.worker != null) {
			this.worker.close();
		}
	}

	@Test
	void theChecksAreRecurringJobsAtTheirTimesInTheSitesZone() {
		Map<String, RecurringJob> recurring = this.worker.getBean(StorageProvider.class)
			.getRecurringJobs()
			.stream()
			.collect(Collectors.toMap(RecurringJob::getId, Function.identity()));

		assertThat(recurring).containsKeys("reorder-check", "ledger-audit", "notification-retention");
		assertThat(recurring.get("reorder-check").getScheduleExpression()).isEqualTo("30 5 * * 1-5");
		assertThat(recurring.get("ledger-audit").getScheduleExpression()).isEqualTo("30 2 * * *");
		assertThat(recurring.get("notification-retention").getScheduleExpression()).isEqualTo("15 3 * * *");
		// Other modules' recurring jobs (clean-ups, imports) live in the same table.
		assertThat(Stream.of("reorder-check", "ledger-audit", "notification-retention").map(recurring::get))
			.extracting(RecurringJob::getZoneId)
			.containsOnly("Europe/Berlin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "reorder-check", "ledger-audit", "notification-retention" })
	void eachRunsOnAWorker(String recurringJob) {
		StorageProvider storage = this.worker.getBean(StorageProvider.class);

		UUID id = this.worker.getBean(Jobs.class).runNow(recurringJob);

		await().atMost(Duration.ofSeconds(90)).until(() -> storage.getJobById(id).getState() == StateName.SUCCEEDED);
	}

	@Test
	void theRetentionJobDeletesWhatIsOlderThanNinetyDays() {
		JdbcClient jdbc = JdbcClient.create(this.worker.getBean(javax.sql.DataSource.class));
		long user = jdbc.sql("SELECT id FROM users ORDER BY id LIMIT 1").query(Long.class).single();
		Instant old = Instant.now().minus(91, ChronoUnit.DAYS);
		long aged = jdbc.sql("""
				INSERT INTO notifications (id, user_id, kind, title, created_at)
				VALUES (nextval('stockroom_id_seq'), ?, 'LOW_STOCK', 'Aged', ?) RETURNING id
				""").params(user, Timestamp.from(old)).query(Long.class).single();
		StorageProvider storage = this.worker.getBean(StorageProvider.class);

		UUID id = this.worker.getBean(Jobs.class).runNow("notification-retention");

		await().atMost(Duration.ofSeconds(90)).until(() -> storage.getJobById(id).getState() == StateName.SUCCEEDED);
		assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE id = ?").param(aged).query(Long.class).single())
			.isZero();
	}

}
