package dev.stockroom.jobs;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The background jobs of an instance. JobRunr reads them through its own settings, which
 * {@code application.yml} points here ({@code jobrunr.background-job-server.*},
 * {@code jobrunr.jobs.default-number-of-retries}).
 *
 * @param worker whether this instance runs background jobs (Celery's worker); every
 * instance can enqueue them. A deployment runs web instances with {@code false} and
 * worker instances with {@code true}, from the same image
 * @param keepSucceeded how long a job that succeeded is kept before it is deleted (the
 * result backend's expiry); JobRunr removes deleted jobs for good three days later
 * @param retries how often a failing job is tried again, with exponential back-off
 * (JobRunr's default: about 3<sup>n</sup> seconds before the n-th retry), before it stays
 * FAILED with its error
 */
@Validated
@ConfigurationProperties("stockroom.jobs")
public record JobsProperties(@DefaultValue("true") boolean worker, @DefaultValue("30d") Duration keepSucceeded,
		@DefaultValue("10") @Min(0) int retries) {
}
