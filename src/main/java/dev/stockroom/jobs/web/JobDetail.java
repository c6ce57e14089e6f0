package dev.stockroom.jobs.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ScheduledState;
import org.jobrunr.jobs.states.StateName;

/**
 * One job as its page shows it.
 *
 * @param id the job's id
 * @param name what it does
 * @param call the method a worker calls, {@code Class.method}
 * @param state where it is now
 * @param createdAt when it was enqueued or scheduled
 * @param recurringJobId the recurring job it was made from, or {@code null}
 * @param failures how often it has failed
 * @param history every state it went through, oldest first
 * @param error its last failure, or {@code null}
 */
record JobDetail(UUID id, String name, String call, StateName state, Instant createdAt, String recurringJobId,
		long failures, List<Step> history, Error error) {

	static JobDetail of(Job job) {
		List<Step> history = job.getJobStates().stream().map(Step::of).toList();
		Error error = job.getLastJobStateOfType(FailedState.class)
			.map((failure) -> new Error(failure.getExceptionType(), JobSummary.message(failure),
					failure.getStackTrace()))
			.orElse(null);
		String call = job.getJobDetails().getClassName() + "." + job.getJobDetails().getMethodName();
		return new JobDetail(job.getId(), job.getJobName(), call, job.getState(), job.getCreatedAt(),
				job.getRecurringJobId().orElse(null), job.getJobStatesOfType(FailedState.class).count(), history,
				error);
	}

	/**
	 * One state of the job's history.
	 *
	 * @param state the state
	 * @param at when the job entered it
	 * @param note what JobRunr noted: a failure's message, a retry's reason and time
	 */
	record Step(StateName state, Instant at, String note) {

		static Step of(JobState state) {
			String note = null;
			if (state instanceof FailedState failure) {
				note = JobSummary.message(failure);
			}
			else if (state instanceof ScheduledState scheduled) {
				note = scheduled.getReason();
			}
			return new Step(state.getName(), state.getCreatedAt(), note);
		}

	}

	/**
	 * A failure.
	 *
	 * @param type the exception's class
	 * @param message its message
	 * @param stackTrace its stack trace, shown only to staff
	 */
	record Error(String type, String message, String stackTrace) {

	}

}
