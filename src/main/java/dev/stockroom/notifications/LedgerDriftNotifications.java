package dev.stockroom.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.UserContact;
import dev.stockroom.identity.UserService;
import dev.stockroom.stock.LedgerDriftFound;

/**
 * Tells every active superuser when the nightly ledger audit finds drift: the ledger is
 * the record of what stock there is, and a level that disagrees with it needs someone who
 * may fix data. Heard as it is published (the audit runs as a job, not in a request), in
 * one transaction for all of them.
 */
@Component
class LedgerDriftNotifications {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Notifications notifications;

	private final UserService users;

	LedgerDriftNotifications(Notifications notifications, UserService users) {
		this.notifications = notifications;
		this.users = users;
	}

	@EventListener
	void on(LedgerDriftFound drift) {
		List<Long> superusers = this.users.activeSuperusers().stream().map(UserContact::id).toList();
		if (superusers.isEmpty()) {
			return;
		}
		String title = "The ledger audit found " + drift.findings() + " problem(s)";
		String body = "The audit of " + WHEN.format(drift.checkedAt())
				+ " found stock levels that disagree with their ledger rows. Run check-ledger for the full list.\n"
				+ String.join("\n", drift.examples());
		this.notifications.notifyAll(superusers, NotificationKind.LEDGER_DRIFT, title, body, "/stock/movements");
	}

}
