package dev.stockroom.imports;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs confirmed imports in the background, on a small bounded pool of this instance's
 * own: {@link #launch} hands the import over once the confirming transaction has
 * committed, so the worker never looks for a row that is not there yet. An instance
 * killed in the middle leaves its import running with no worker; an instance resumes
 * every running import when it starts, and every half minute those whose progress has
 * stood still for {@link ImportProperties#resumeAfter()}, and runs them on, which
 * {@link ImportRunner}'s chunk bookkeeping makes safe even when two instances pick up the
 * same one.
 */
@Component
class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	private final ImportRunner runner;

	private final ImportStore store;

	private final ImportProperties properties;

	private final ThreadPoolTaskExecutor executor;

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	ImportLauncher(ImportRunner runner, ImportStore store, ImportProperties properties) {
		this.runner = runner;
		this.store = store;
		this.properties = properties;
		this.executor = new ThreadPoolTaskExecutor();
		// Two imports at once at most: each holds a database connection while it loads.
		this.executor.setCorePoolSize(2);
		this.executor.setMaxPoolSize(2);
		this.executor.setQueueCapacity(1000);
		this.executor.setThreadNamePrefix("import-");
		// On shutdown the runner stops after its chunk (ImportRunner#stop); the import
		// stays
		// RUNNING and is resumed by the next instance that looks.
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(10);
		this.executor.initialize();
	}

	/**
	 * Runs the import once the transaction going on commits (at once without one).
	 * @param importId a running import
	 */
	void launch(long importId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					submit(importId);
				}

			});
		}
		else {
			submit(importId);
		}
	}

	/*
	 * At start, every running import: none of them can be this instance's, and one that
	 * another live instance is running is safe to run beside it (the loser of each chunk
	 * stops). So a killed and restarted instance goes on at once.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeAtStart() {
		resume(this.store.stalled(Duration.ZERO));
	}

	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	void resumeStalled() {
		resume(this.store.stalled(this.properties.resumeAfter()));
	}

	private void resume(List<Long> stalled) {
		stalled.forEach((id) -> {
			if (!this.running.contains(id)) {
				log.info("Resuming import {}: its progress stopped", id);
				submit(id);
			}
		});
	}

	private void submit(long importId) {
		if (!this.running.add(importId)) {
			return;
		}
		try {
			this.executor.execute(() -> {
				try {
					this.runner.run(importId);
				}
				finally {
					this.running.remove(importId);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.running.remove(importId);
			log.warn("Import {} waits: the import queue is full; it is resumed later", importId);
		}
	}

	@PreDestroy
	void shutdown() {
		this.runner.stop();
		this.executor.shutdown();
	}

}
