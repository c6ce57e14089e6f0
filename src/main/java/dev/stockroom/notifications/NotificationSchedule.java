package dev.stockroom.notifications;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.jobs.Jobs;
import dev.stockroom.platform.SiteProperties;

/**
 * Registers the notifications' retention ({@link NotificationRetention}) as a recurring
 * job, daily at {@value #CRON} in {@code stockroom.time-zone}: a quiet hour, and once a
 * day is enough for a limit counted in days.
 */
@Component
class NotificationSchedule {

	/** The recurring job's id. */
	static final String JOB = "notification-retention";

	static final String CRON = "15 3 * * *";

	private final Jobs jobs;

	private final NotificationRetention retention;

	private final SiteProperties site;

	NotificationSchedule(Jobs jobs, NotificationRetention retention, SiteProperties site) {
		this.jobs = jobs;
		this.retention = retention;
		this.site = site;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		NotificationRetention retention = this.retention;
		this.jobs.recurring(JOB, CRON, this.site.timeZone(), () -> retention.run());
	}

}
