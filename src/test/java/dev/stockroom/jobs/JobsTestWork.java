package dev.stockroom.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The work the job tests enqueue: a bean (registered by the test that runs jobs, never
 * found by component scanning) whose calls are remembered per marker, in this JVM, so
 * that a test sees what a worker in any of its contexts ran, and when. Public, as every
 * job's class and method must be: the worker calls it by reflection.
 */
public class JobsTestWork {

	private static final Map<String, List<Instant>> RUNS = new ConcurrentHashMap<>();

	/**
	 * Remembers a run.
	 * @param marker what the test looks for
	 */
	public void record(String marker) {
		RUNS.computeIfAbsent(marker, (key) -> new CopyOnWriteArrayList<>()).add(Instant.now());
	}

	/**
	 * Remembers an attempt and fails.
	 * @param marker what the test looks for, also in the error message
	 */
	public void fail(String marker) {
		record(marker);
		throw new IllegalStateException("Failed on purpose: " + marker);
	}

	static List<Instant> runs(String marker) {
		return RUNS.getOrDefault(marker, List.of());
	}

}
