package dev.stockroom.stock.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.stockroom.stock.LedgerDriftFound;

/**
 * The {@link LedgerAudit} as scheduled work: run every night (the jobs module's recurring
 * job, {@code stockroom.ledger-audit.cron}), it logs what it finds and, when the ledger
 * and the stock levels disagree, publishes {@link LedgerDriftFound} so that people are
 * told, not only a log file. The stock module does not know who is told: the
 * notifications module listens. Public, with {@link #run()}, because the job runner calls
 * it by reflection ({@link LedgerAuditSchedule}).
 */
@Component
public class NightlyLedgerAudit {

	/** How many findings the event carries in words; the count says how many in all. */
	static final int EXAMPLES = 5;

	private static final Logger log = LoggerFactory.getLogger(NightlyLedgerAudit.class);

	private final LedgerAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NightlyLedgerAudit(LedgerAudit audit, ApplicationEventPublisher events, Clock clock) {
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Audits the ledger once and reports drift.
	 * @return how many problems were found, 0 when the ledger is sound
	 */
	public int run() {
		Instant checkedAt = Instant.now(this.clock);
		List<LedgerAudit.Finding> findings = this.audit.run();
		if (findings.isEmpty()) {
			log.info("Nightly ledger audit: the ledger and the stock levels agree");
			return 0;
		}
		log.error("Nightly ledger audit found {} problem(s), first: {}", findings.size(), findings.get(0));
		this.events.publishEvent(new LedgerDriftFound(checkedAt, findings.size(),
				findings.stream().limit(EXAMPLES).map(LedgerAudit.Finding::toString).toList()));
		return findings.size();
	}

}
