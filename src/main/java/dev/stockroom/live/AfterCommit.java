package dev.stockroom.live;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction commits (never if it rolls back), or at once
 * outside a transaction.
 *
 * <p>
 * Why not {@code @TransactionalEventListener}: Spring Modulith's event publication
 * registry records every event that such a listener is to receive in the database, in the
 * publishing transaction, and marks it done afterwards: two more statements for each
 * movement, for a message that is worthless a second later and must not be retried. These
 * listeners are plain {@code @EventListener}s that ask for the commit themselves.
 */
final class AfterCommit {

	private AfterCommit() {
	}

	static void run(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

}
