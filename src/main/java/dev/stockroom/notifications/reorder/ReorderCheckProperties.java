package dev.stockroom.notifications.reorder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily reorder check.
 *
 * @param cron when it runs, as a five-field cron expression (minute, hour, day of month,
 * month, day of week) in {@code stockroom.time-zone}
 * ({@code STOCKROOM_REORDERCHECK_CRON}, e.g. {@code 30 5 * * 1-5} for 05:30 on weekdays)
 * @param maxRows the most stock levels one digest lists, the most urgent first; the rest
 * are counted, and the digest links to the full list
 */
@ConfigurationProperties("stockroom.reorder-check")
public record ReorderCheckProperties(@DefaultValue("0 6 * * *") String cron, @DefaultValue("200") int maxRows) {

	public ReorderCheckProperties {
		if (cron == null || cron.isBlank()) {
			throw new IllegalArgumentException("stockroom.reorder-check.cron must be a cron expression");
		}
		if (maxRows < 1) {
			throw new IllegalArgumentException("stockroom.reorder-check.max-rows must be at least 1");
		}
	}

}
