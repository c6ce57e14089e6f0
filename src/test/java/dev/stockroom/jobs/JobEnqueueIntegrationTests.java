package dev.stockroom.jobs;

import java.util.List;
import java.util.UUID;

import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Enqueueing as a request does it, inside its transaction: the job is stored after the
 * commit, with one INSERT and nothing else (the goal of issue 16), and not at all when
 * the transaction rolls back. No worker runs here (the run's shared database has none),
 * so the jobs stay ENQUEUED.
 */
@IntegrationTest
@Import(StatementCounting.class)
class JobEnqueueIntegrationTests {

	@Autowired
	Jobs jobs;

	@Autowired
	StorageProvider storage;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private final JobsTestWork work = new JobsTestWork();

	@Test
	void aJobEnqueuedInATransactionIsStoredOnceItCommitsWithOneStatement() {
		String marker = UUID.randomUUID().toString();
		JobsTestWork work = this.work;
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		Thread request = Thread.currentThread();

		this.counter.reset();
		UUID id = transaction.execute((status) -> {
			this.jdbc.sql("SELECT 1").query(Integer.class).single();
			return this.jobs.enqueue(() -> work.record(marker));
		});
		List<String> statements = this.counter.statementsOn(request);

		assertThat(statements).as("the transaction's own statement, then the job's INSERT").hasSize(2);
		assertThat(statements.get(1)).contains("insert into jobrunr_jobs");
		assertThat(this.storage.getJobById(id).getState()).isEqualTo(StateName.ENQUEUED);
	}

	@Test
	void aJobIsNotStoredBeforeItsTransactionCommits() {
		String marker = UUID.randomUUID().toString();
		JobsTestWork work = this.work;
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		UUID id = transaction.execute((status) -> {
			UUID enqueued = this.jobs.enqueue(() -> work.record(marker));
			assertThat(exists(enqueued)).isFalse();
			return enqueued;
		});

		assertThat(exists(id)).isTrue();
	}

	@Test
	void aJobEnqueuedInATransactionThatRollsBackIsNeverStored() {
		String marker = UUID.randomUUID().toString();
		JobsTestWork work = this.work;
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		UUID id = transaction.execute((status) -> {
			UUID enqueued = this.jobs.enqueue(() -> work.record(marker));
			status.setRollbackOnly();
			return enqueued;
		});

		assertThat(exists(id)).isFalse();
		assertThatExceptionOfType(JobNotFoundException.class).isThrownBy(() -> this.storage.getJobById(id));
	}

	@Test
	void aJobEnqueuedOutsideATransactionIsStoredAtOnce() {
		String marker = UUID.randomUUID().toString();
		JobsTestWork work = this.work;

		UUID id = this.jobs.enqueue(() -> work.record(marker));

		assertThat(exists(id)).isTrue();
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM jobrunr_jobs WHERE id = ?")
			.param(id.toString())
			.query(Integer.class)
			.single() > 0;
	}

}
