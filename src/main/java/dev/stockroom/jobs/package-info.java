/**
 * Background jobs, Celery's counterpart: JobRunr keeps them in the application's
 * PostgreSQL (tables made by Flyway, {@code V17__jobs.sql}), so they survive a restart
 * and any instance can finish what another enqueued. {@link dev.stockroom.jobs.Jobs} is
 * the module's API: other modules enqueue, schedule and register recurring work through
 * it, after their transaction commits. {@code stockroom.jobs.worker}
 * ({@link dev.stockroom.jobs.JobsProperties}) says whether an instance also runs jobs:
 * web and worker instances come from the same image. Staff see and handle jobs on the
 * pages in {@code web}; JobRunr's own dashboard, which has no Spring Security, stays off.
 */
package dev.stockroom.jobs;
