package dev.stockroom.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.StockroomApplication;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Background jobs run on a worker, against real PostgreSQL: enqueued, scheduled and
 * recurring jobs, a failing job retried with back-off and then kept FAILED with its
 * error, and a job that outlives the instance that enqueued it. Two workers share a
 * database, as two instances of a deployment do. They use a database of their own: the
 * run's shared database has no worker at all ({@link JobIsolationIntegrationTests}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final String database = TestServices.newDatabase();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private ConfigurableApplicationContext worker;

	private Jobs jobs;

	private StorageProvider storage;

	private final JobsTestWork work = new JobsTestWork();

	@BeforeAll
	void startTwoWorkers() {
		this.worker = start(true);
		start(true);
		this.jobs = this.worker.getBean(Jobs.class);
		this.storage = this.worker.getBean(StorageProvider.class);
	}

	@AfterAll
	void stopTheContexts() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void anEnqueuedJobRunsOnTheWorker() {
		String marker = marker();
		JobsTestWork work = this.work;

		UUID id = this.jobs.enqueue(() -> work.record(marker));

		awaitState(id, StateName.SUCCEEDED);
		assertThat(JobsTestWork.runs(marker)).hasSize(1);
	}

	// The result backend's expiry: JobRunr marks a succeeded job DELETED after this long,
	// and removes deleted jobs for good three days later. Announced with the worker.
	@Test
	void theWorkerDeletesSucceededJobsAfterThirtyDays() {
		JdbcClient jdbc = JdbcClient.create(this.worker.getBean(javax.sql.DataSource.class));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT DISTINCT deleteSucceededJobsAfter FROM jobrunr_backgroundjobservers")
						.query(String.class)
						.list())
				.containsExactly("PT720H"));
	}

	@Test
	void aFailingJobIsRetriedWithBackOffThenKeptFailedWithItsError() {
		String marker = marker();
		JobsTestWork work = this.work;

		UUID id = this.jobs.enqueue(() -> work.fail(marker));

		Job job = awaitState(id, StateName.FAILED, 2);
		assertThat(JobsTestWork.runs(marker)).as("the first attempt and the one retry configured").hasSize(2);
		List<JobState> states = job.getJobStates();
		FailedState firstFailure = (FailedState) states.stream()
			.filter((state) -> state.getName() == StateName.FAILED)
			.findFirst()
			.orElseThrow();
		ScheduledState retry = (ScheduledState) states.stream()
			.filter((state) -> state.getName() == StateName.SCHEDULED)
			.findFirst()
			.orElseThrow();
		assertThat(Duration.between(firstFailure.getCreatedAt(), retry.getScheduledAt()))
			.as("the retry waits 3 s, JobRunr's back-off for a first failure")
			.isGreaterThanOrEqualTo(Duration.ofMillis(2900));
		FailedState last = job.getJobState();
		assertThat(last.getExceptionType()).isEqualTo(IllegalStateException.class.getName());
		assertThat(last.getExceptionMessage()).isEqualTo("Failed on purpose: " + marker);
		assertThat(last.getStackTrace()).contains("JobsTestWork.fail");
	}

	// JobRunr moves a job that falls due before its next poll to the queue at this poll,
	// so a scheduled job may start up to one poll interval (5 s here; 15 s by default)
	// before its time, never later than a poll after it.
	@Test
	void aScheduledJobWaitsForItsTime() {
		String marker = marker();
		JobsTestWork work = this.work;
		Instant at = Instant.now().plusSeconds(8);

		UUID id = this.jobs.schedule(at, () -> work.record(marker));

		assertThat(this.storage.getJobById(id).getState()).isEqualTo(StateName.SCHEDULED);
		awaitState(id, StateName.SUCCEEDED);
		assertThat(JobsTestWork.runs(marker)).singleElement()
			.satisfies((ran) -> assertThat(ran).isAfterOrEqualTo(at.minusSeconds(5)));
	}

	// Every instance registers its recurring jobs as it starts (here: twice); JobRunr
	// keeps
	// one definition, and only its master worker turns each occurrence into a job.
	@Test
	void aRecurringJobRunsOncePerOccurrenceAcrossTwoWorkers() {
		String marker = marker();
		String id = "test-" + marker;
		JobsTestWork work = this.work;

		this.jobs.recurring(id, Duration.ofSeconds(5), () -> work.record(marker));
		this.contexts.get(1).getBean(Jobs.class).recurring(id, Duration.ofSeconds(5), () -> work.record(marker));

		JdbcClient jdbc = JdbcClient.create(this.worker.getBean(javax.sql.DataSource.class));
		assertThat(jdbc.sql("SELECT count(*) FROM jobrunr_recurring_jobs WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		await().atMost(PATIENCE).until(() -> JobsTestWork.runs(marker).size() >= 2);
		int runs = JobsTestWork.runs(marker).size();
		List<Job> made = jdbc.sql("SELECT id FROM jobrunr_jobs WHERE recurringJobId = ?")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.map((jobId) -> this.storage.getJobById(UUID.fromString(jobId.trim())))
			.toList();
		assertThat(runs).as("no job ran twice").isLessThanOrEqualTo(made.size());
		assertThat(made.stream()
			.flatMap((job) -> job.getJobStatesOfType(ScheduledState.class).limit(1))
			.map(ScheduledState::getScheduledAt)).as("one job per occurrence").doesNotHaveDuplicates();
		jdbc.sql("DELETE FROM jobrunr_recurring_jobs WHERE id = ?").param(id).update();
	}

	@Test
	void aJobEnqueuedBeforeARestartRunsAfterIt() {
		String database = TestServices.newDatabase();
		String marker = marker();
		JobsTestWork work = this.work;
		ConfigurableApplicationContext web = start(false, database);
		UUID id = web.getBean(Jobs.class).enqueue(() -> work.record(marker));
		assertThat(web.getBean(StorageProvider.class).getJobById(id).getState()).isEqualTo(StateName.ENQUEUED);
		web.close();

		ConfigurableApplicationContext restarted = start(true, database);

		StorageProvider storage = restarted.getBean(StorageProvider.class);
		await().atMost(PATIENCE).until(() -> storage.getJobById(id).getState() == StateName.SUCCEEDED);
		assertThat(JobsTestWork.runs(marker)).hasSize(1);
	}

	private Job awaitState(UUID id, StateName state) {
		return awaitState(id, state, 1);
	}

	// The state a job reaches, once it has been in it the given number of times
	// (a retried job is FAILED twice).
	private Job awaitState(UUID id, StateName state, int times) {
		await().atMost(PATIENCE)
			.until(() -> this.storage.getJobById(id)
				.getJobStates()
				.stream()
				.filter((each) -> each.getName() == state)
				.count() >= times && this.storage.getJobById(id).getState() == state);
		return this.storage.getJobById(id);
	}

	private ConfigurableApplicationContext start(boolean worker) {
		return start(worker, this.database);
	}

	// The shortest poll interval JobRunr allows on SQL (5 s; the default is 15), and one
	// retry rather than ten, so that a failing job ends FAILED within seconds.
	private ConfigurableApplicationContext start(boolean worker, String database) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(StockroomApplication.class,
				JobsTestWork.class)
			.run("--server.port=0", "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--spring.datasource.hikari.minimum-idle=1",
					"--spring.jmx.enabled=false", "--stockroom.jobs.worker=" + worker, "--stockroom.jobs.retries=1",
					"--jobrunr.background-job-server.poll-interval-in-seconds=5");
		this.contexts.add(context);
		return context;
	}

	private static String marker() {
		return UUID.randomUUID().toString();
	}

}
