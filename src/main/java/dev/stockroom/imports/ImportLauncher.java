package dev.stockroom.imports;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.jobs.Jobs;

/**
 * Runs confirmed imports as background jobs ({@link Jobs}, JobRunr): {@link #launch}
 * enqueues the import's run once the confirming transaction has committed, and any worker
 * instance takes it, reading the file from the shared {@code MediaStorage}. A worker that
 * dies in the middle leaves its job to JobRunr, which runs it again elsewhere; the run
 * goes on after the last committed chunk ({@link ImportRunner}). Two recurring jobs
 * complete the picture: every minute, a running import whose progress has stood still for
 * {@code stockroom.imports.resume-after} is enqueued again (its job was lost between the
 * commit and the enqueue, or given up after its retries), and every hour the uploaded
 * files past their retention are deleted ({@link ImportFileCleanup}).
 */
@Component
public class ImportLauncher {

	static final String RESUME_JOB = "imports.resume-stalled";

	static final String CLEANUP_JOB = "imports.delete-files";

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	private final Jobs jobs;

	private final ImportRunner runner;

	private final ImportStore store;

	private final ImportFileCleanup cleanup;

	private final ImportProperties properties;

	ImportLauncher(Jobs jobs, ImportRunner runner, ImportStore store, ImportFileCleanup cleanup,
			ImportProperties properties) {
		this.jobs = jobs;
		this.runner = runner;
		this.store = store;
		this.cleanup = cleanup;
		this.properties = properties;
	}

	/**
	 * Enqueues the import's run, once the transaction going on commits.
	 * @param importId a running import
	 */
	void launch(long importId) {
		this.jobs.enqueue(() -> this.runner.run(importId));
	}

	/**
	 * Enqueues again every running import whose progress has stood still for
	 * {@code stockroom.imports.resume-after}: a recurring job, once a minute across the
	 * instances. Running one twice is harmless: each chunk goes to one run only.
	 */
	public void resumeStalled() {
		for (long id : this.store.stalled(this.properties.resumeAfter())) {
			log.info("Resuming import {}: its progress stood still", id);
			launch(id);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerRecurringJobs() {
		this.jobs.recurring(RESUME_JOB, Duration.ofMinutes(1), () -> this.resumeStalled());
		this.jobs.recurring(CLEANUP_JOB, Duration.ofHours(1), () -> this.cleanup.deleteOldFilesNow());
	}

}
