package dev.stockroom.notifications.reorder;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.jobs.Jobs;
import dev.stockroom.platform.SiteProperties;

/**
 * Registers the daily reorder check as a recurring job (Celery beat's schedule entry) at
 * {@code stockroom.reorder-check.cron} in {@code stockroom.time-zone}. Every instance
 * registers it as it starts; the job runner keeps one definition and one worker runs each
 * occurrence, and the check itself sends no second digest should two runs meet.
 */
@Component
class ReorderCheckSchedule {

	/** The recurring job's id, for "run now" on the jobs page. */
	static final String JOB = "reorder-check";

	private final Jobs jobs;

	private final ReorderCheck check;

	private final ReorderCheckProperties properties;

	private final SiteProperties site;

	ReorderCheckSchedule(Jobs jobs, ReorderCheck check, ReorderCheckProperties properties, SiteProperties site) {
		this.jobs = jobs;
		this.check = check;
		this.properties = properties;
		this.site = site;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		ReorderCheck check = this.check;
		this.jobs.recurring(JOB, this.properties.cron(), this.site.timeZone(), () -> check.run());
	}

}
