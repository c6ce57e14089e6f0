package dev.stockroom.imports;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.UserService;
import dev.stockroom.imports.ImportStore.Stored;
import dev.stockroom.notifications.NotificationKind;
import dev.stockroom.notifications.Notifications;

/**
 * Tells the user who started an import that it ended: an in-app notification linking to
 * the import's page, "finished" with its counts or "failed" with the reason. Called once
 * per import, by the run whose status update ended it, which also publishes its last
 * {@link ImportProgressed}. An instance that dies between that update and this notice
 * loses the notice, never the import.
 */
@Component
class ImportEndNotices {

	private final ImportStore store;

	private final UserService users;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	ImportEndNotices(ImportStore store, UserService users, Notifications notifications,
			ApplicationEventPublisher events) {
		this.store = store;
		this.users = users;
		this.notifications = notifications;
		this.events = events;
	}

	void ended(long importId) {
		this.store.find(importId).ifPresent((stored) -> {
			this.users.findByUsername(stored.owner()).ifPresent((owner) -> notify(owner.id(), stored));
			this.events.publishEvent(new ImportProgressed(stored.id(), stored.owner(), stored.status(),
					stored.processed(), stored.total()));
		});
	}

	private void notify(long userId, Stored stored) {
		String link = "/imports/" + stored.id();
		if (stored.status() == ImportStatus.DONE) {
			this.notifications.notify(userId, NotificationKind.IMPORT_FINISHED,
					"Import of " + stored.filename() + " finished", counts(stored), link);
		}
		else if (stored.status() == ImportStatus.FAILED) {
			this.notifications.notify(userId, NotificationKind.IMPORT_FAILED,
					"Import of " + stored.filename() + " failed", stored.error(), link);
		}
	}

	// "2,500 rows: 2,497 imported (1,200 of them unchanged), 3 failed."
	private static String counts(Stored stored) {
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
		return number.format(stored.processed()) + " rows: " + number.format(stored.imported()) + " imported ("
				+ number.format(stored.unchanged()) + " of them unchanged), " + number.format(stored.failed())
				+ " failed.";
	}

}
