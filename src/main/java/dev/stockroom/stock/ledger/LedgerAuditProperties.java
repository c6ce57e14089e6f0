package dev.stockroom.stock.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly ledger audit ({@link NightlyLedgerAudit}).
 *
 * @param cron when it runs, as a five-field cron expression (minute, hour, day of month,
 * month, day of week) in {@code stockroom.time-zone}
 * ({@code STOCKROOM_LEDGERAUDIT_CRON}); by default 02:30, when few movements are made
 */
@ConfigurationProperties("stockroom.ledger-audit")
public record LedgerAuditProperties(@DefaultValue("30 2 * * *") String cron) {

	public LedgerAuditProperties {
		if (cron == null || cron.isBlank()) {
			throw new IllegalArgumentException("stockroom.ledger-audit.cron must be a cron expression");
		}
	}

}
