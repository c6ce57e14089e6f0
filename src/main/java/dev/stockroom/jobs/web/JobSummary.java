package dev.stockroom.jobs.web;

import java.time.Instant;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.jobs.states.StateName;

/**
 * One job as the list shows it.
 *
 * @param id the job's id
 * @param name what it does ({@code @Job(name)}, else its class and method)
 * @param state where it is now
 * @param updatedAt when it last changed state
 * @param scheduledAt when it is due, for a scheduled job, else {@code null}
 * @param recurringJobId the recurring job it was made from, or {@code null}
 * @param error the message of its last failure, or {@code null}
 */
record JobSummary(UUID id, String name, StateName state, Instant updatedAt, Instant scheduledAt, String recurringJobId,
		String error) {

	static JobSummary of(Job job) {
		Instant scheduledAt = (job.getState() == StateName.SCHEDULED)
				? job.<ScheduledState>getJobState().getScheduledAt() : null;
		String error = job.getLastJobStateOfType(FailedState.class).map(JobSummary::message).orElse(null);
		return new JobSummary(job.getId(), job.getJobName(), job.getState(), job.getUpdatedAt(), scheduledAt,
				job.getRecurringJobId().orElse(null), error);
	}

	static String message(FailedState failure) {
		String message = failure.getExceptionMessage();
		return (message != null && !message.isBlank()) ? message : failure.getMessage();
	}

}
