package dev.stockroom.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background jobs as other modules start them (Celery's {@code task.delay()} and
 * {@code apply_async(eta=...)}, and beat's schedule). A job is a call of a public method
 * of a public Spring bean, written as a lambda:
 *
 * <pre>
 * jobs.enqueue(() -&gt; this.importer.run(importId));
 * </pre>
 *
 * JobRunr reads the lambda's bytecode and stores the bean's class, the method and the
 * arguments (ids, strings, numbers: keep them small and serializable as JSON) in
 * PostgreSQL; a worker instance later looks the bean up in its own context and calls the
 * method. A job that throws is retried with exponential back-off
 * ({@code stockroom.jobs.retries}), then stays FAILED with its error. Jobs run at least
 * once: a worker that dies mid-job leaves it to be run again, so a job must be safe to
 * repeat (idempotent), as a Celery task with {@code acks_late} must.
 *
 * <p>
 * Inside a transaction, a job is stored only once the transaction has committed: a job
 * never runs against data that was rolled back, nor before the data it needs is visible
 * to the worker's connection. (The price: an instance that dies between the commit and
 * the insert loses the job, so work that must never be lost records its own state in the
 * transaction, say an import's status, which a recurring job can pick up again.) Storing
 * a job costs one INSERT on a connection of its own.
 */
@Component
public class Jobs {

	private final JobScheduler scheduler;

	private final StorageProvider storage;

	Jobs(JobScheduler scheduler, StorageProvider storage) {
		this.scheduler = scheduler;
		this.storage = storage;
	}

	/**
	 * Enqueues a job to run as soon as a worker is free, once the current transaction
	 * commits (at once when there is none; never when it rolls back).
	 * @param job the call to make, e.g. {@code () -> importer.run(id)}
	 * @return the job's id (the job exists only once the transaction has committed)
	 */
	public UUID enqueue(JobLambda job) {
		UUID id = Job.newUUID();
		afterCommit(() -> this.scheduler.enqueue(id, job));
		return id;
	}

	/**
	 * Schedules a job to run at a given time, once the current transaction commits (at
	 * once when there is none; never when it rolls back).
	 * @param at when to run it
	 * @param job the call to make
	 * @return the job's id
	 */
	public UUID schedule(Instant at, JobLambda job) {
		UUID id = Job.newUUID();
		afterCommit(() -> this.scheduler.schedule(id, at, job));
		return id;
	}

	/**
	 * Registers (or updates) a recurring job by cron expression. It runs once per
	 * occurrence across all instances, on a worker. Registering the same id again, as
	 * every instance does at start-up, replaces the definition and adds no second job.
	 * @param id the job's stable id, e.g. {@code reorder-check}
	 * @param cron a cron expression, e.g. {@code 0 6 * * *}
	 * @param zone the time zone the expression is read in
	 * @param job the call to make
	 */
	public void recurring(String id, String cron, ZoneId zone, JobLambda job) {
		this.scheduler.scheduleRecurrently(id, cron, zone, job);
	}

	/**
	 * Registers (or updates) a recurring job by interval, as
	 * {@link #recurring(String, String, ZoneId, JobLambda)} does by cron.
	 * @param id the job's stable id
	 * @param interval the time between two runs
	 * @param job the call to make
	 */
	public void recurring(String id, Duration interval, JobLambda job) {
		this.scheduler.scheduleRecurrently(id, interval, job);
	}

	/**
	 * Enqueues one run of a recurring job now, outside its schedule (the "run now" button
	 * of the jobs page, or a command), once the current transaction commits.
	 * @param id the recurring job's id
	 * @return the new job's id
	 * @throws RecurringJobNotFoundException if no recurring job has that id
	 */
	public UUID runNow(String id) {
		RecurringJob recurring = this.storage.getRecurringJobs()
			.stream()
			.filter((candidate) -> candidate.getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new RecurringJobNotFoundException(id));
		Job job = recurring.toEnqueuedJob();
		afterCommit(() -> this.storage.save(job));
		return job.getId();
	}

	private static void afterCommit(Runnable store) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					store.run();
				}

			});
		}
		else {
			store.run();
		}
	}

}
