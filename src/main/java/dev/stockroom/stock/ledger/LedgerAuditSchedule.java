package dev.stockroom.stock.ledger;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.jobs.Jobs;
import dev.stockroom.platform.SiteProperties;

/**
 * Registers the nightly ledger audit ({@link NightlyLedgerAudit}) as a recurring job at
 * {@code stockroom.ledger-audit.cron} in {@code stockroom.time-zone}. Every instance
 * registers it as it starts; the job runner keeps one definition and one worker runs each
 * occurrence.
 */
@Component
class LedgerAuditSchedule {

	/** The recurring job's id. */
	static final String JOB = "ledger-audit";

	private final Jobs jobs;

	private final NightlyLedgerAudit audit;

	private final LedgerAuditProperties properties;

	private final SiteProperties site;

	LedgerAuditSchedule(Jobs jobs, NightlyLedgerAudit audit, LedgerAuditProperties properties, SiteProperties site) {
		this.jobs = jobs;
		this.audit = audit;
		this.properties = properties;
		this.site = site;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		NightlyLedgerAudit audit = this.audit;
		this.jobs.recurring(JOB, this.properties.cron(), this.site.timeZone(), () -> audit.run());
	}

}
