package dev.stockroom.jobs.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobStats;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.OffsetBasedPageRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import dev.stockroom.jobs.JobNotFoundException;
import dev.stockroom.platform.error.ConflictException;

/**
 * What the staff pages read and change, through JobRunr's {@link StorageProvider}. A
 * change is JobRunr's own state change (a failed job enqueued again, a job marked
 * DELETED, removed for good by the worker three days later), saved with the version the
 * page read: if a worker changed the job meanwhile, the save fails rather than undo the
 * worker's change.
 */
@Component
class JobBoard {

	/** The states a job can be listed by, in the order a job passes through them. */
	static final List<StateName> STATES = List.of(StateName.SCHEDULED, StateName.ENQUEUED, StateName.PROCESSING,
			StateName.FAILED, StateName.SUCCEEDED, StateName.DELETED);

	private final StorageProvider storage;

	JobBoard(StorageProvider storage) {
		this.storage = storage;
	}

	/**
	 * @param state the state to list
	 * @param page which page, and its size
	 * @return the jobs in that state: scheduled ones by when they are due, the others
	 * latest change first
	 */
	Page<JobSummary> list(StateName state, Pageable page) {
		String order = (state == StateName.SCHEDULED) ? "scheduledAt:ASC" : "updatedAt:DESC";
		org.jobrunr.storage.Page<Job> jobs = this.storage.getJobs(state,
				new OffsetBasedPageRequest(order, page.getOffset(), page.getPageSize()));
		return new PageImpl<>(jobs.getItems().stream().map(JobSummary::of).toList(), page, jobs.getTotal());
	}

	/**
	 * @return how many jobs are in each state, and how many workers run them
	 */
	Counts counts() {
		JobStats stats = this.storage.getJobStats();
		return new Counts(
				Map.of(StateName.SCHEDULED, stats.getScheduled(), StateName.ENQUEUED, stats.getEnqueued(),
						StateName.PROCESSING, stats.getProcessing(), StateName.FAILED, stats.getFailed(),
						StateName.SUCCEEDED, stats.getSucceeded(), StateName.DELETED, stats.getDeleted()),
				stats.getBackgroundJobServers());
	}

	/**
	 * @return the recurring jobs, by id
	 */
	List<Recurring> recurring() {
		return this.storage.getRecurringJobs()
			.stream()
			.map((job) -> new Recurring(job.getId(), job.getJobName(), job.getScheduleExpression(), job.getZoneId(),
					job.getNextRun()))
			.sorted(Comparator.comparing(Recurring::id))
			.toList();
	}

	/**
	 * @param id a job's id
	 * @return the job
	 * @throws JobNotFoundException if there is none (any more)
	 */
	JobDetail find(UUID id) {
		return JobDetail.of(job(id));
	}

	/**
	 * Enqueues a failed job again, to run on the next free worker.
	 * @param id the job's id
	 * @throws ConflictException if the job is not FAILED, or changed meanwhile
	 */
	void retry(UUID id) {
		Job job = job(id);
		if (job.getState() != StateName.FAILED) {
			throw new ConflictException("job-not-failed", "Only a failed job can be retried; this one is "
					+ job.getState().name().toLowerCase(java.util.Locale.ROOT));
		}
		job.enqueue();
		save(job);
	}

	/**
	 * Marks a job DELETED: it is not run (a worker running it is interrupted) and JobRunr
	 * removes it for good later.
	 * @param id the job's id
	 * @param by who deleted it, for the job's history
	 * @throws ConflictException if the job is deleted already, or changed meanwhile
	 */
	void delete(UUID id, String by) {
		Job job = job(id);
		if (job.getState() == StateName.DELETED) {
			throw new ConflictException("job-deleted", "The job is deleted already");
		}
		job.delete("Deleted by " + by);
		save(job);
	}

	private Job job(UUID id) {
		try {
			return this.storage.getJobById(id);
		}
		catch (org.jobrunr.storage.JobNotFoundException ex) {
			throw new JobNotFoundException(id);
		}
	}

	private void save(Job job) {
		try {
			this.storage.save(job);
		}
		catch (org.jobrunr.storage.ConcurrentJobModificationException ex) {
			throw new ConflictException("job-changed", "The job changed meanwhile; look at it again and retry");
		}
	}

	/**
	 * The figures above the list.
	 *
	 * @param byState how many jobs are in each state
	 * @param workers how many workers are running (announced and not timed out)
	 */
	record Counts(Map<StateName, Long> byState, int workers) {

	}

	/**
	 * A recurring job as the page lists it.
	 *
	 * @param id its id, which "run now" names
	 * @param name what it does
	 * @param schedule its cron expression or interval
	 * @param zone the time zone a cron expression is read in
	 * @param nextRun when it runs next
	 */
	record Recurring(String id, String name, String schedule, String zone, Instant nextRun) {

	}

}
