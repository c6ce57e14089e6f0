package dev.stockroom.platform.redis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a piece of scheduled work on one instance at a time, however many instances share
 * the database: each instance's scheduler fires, the first to take PostgreSQL's advisory
 * lock for the job does the work, the others find the lock taken and skip their turn. The
 * lock belongs to the transaction, so it is released when the work commits or fails, and
 * when an instance dies its connection closes and PostgreSQL releases it too: no lock
 * table, no stale lock to clean up (what ShedLock would need a table for).
 *
 * <p>
 * The jobs that use it delete what has expired, so an instance that fires just after
 * another finished finds nothing left to do; the lock keeps them from running the same
 * deletes side by side.
 */
@Component
public class ClusterLock {

	// The first of the two keys of every lock Stockroom takes ("SR"); the second is the
	// hash of the job's name. Other applications on the same server use other numbers.
	private static final int NAMESPACE = 0x5352;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ClusterLock(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs the work in a transaction that holds the lock of the given name, unless
	 * another instance (or thread) holds it.
	 * @param name the job's name, e.g. {@code idempotency-keys.delete-expired}
	 * @param work what to do; its database work joins the transaction
	 * @return whether the work ran
	 */
	public boolean runExclusively(String name, Runnable work) {
		Boolean ran = this.transactions.execute((status) -> {
			boolean locked = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")
				.param(NAMESPACE)
				.param(name)
				.query(Boolean.class)
				.single();
			if (locked) {
				work.run();
			}
			return locked;
		});
		return Boolean.TRUE.equals(ran);
	}

}
