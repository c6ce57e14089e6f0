package dev.stockroom.notifications;

/**
 * What a notification is about; the {@code notifications.kind} column allows these and no
 * others.
 */
public enum NotificationKind {

	/** Stock levels at or below their reorder point (the daily reorder digest). */
	LOW_STOCK("Low stock"),

	/** An import the user started has finished. */
	IMPORT_FINISHED("Import finished"),

	/** An import the user started has failed. */
	IMPORT_FAILED("Import failed"),

	/** The nightly ledger audit found stock levels that disagree with the ledger. */
	LEDGER_DRIFT("Ledger drift");

	private final String label;

	NotificationKind(String label) {
		this.label = label;
	}

	/**
	 * @return how the pages name the kind
	 */
	public String label() {
		return this.label;
	}

}
