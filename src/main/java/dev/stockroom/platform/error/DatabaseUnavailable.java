package dev.stockroom.platform.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells a lost database connection from every other failure, whichever layer reports it
 * (Spring's CannotCreateTransactionException, DataAccessResourceFailureException,
 * TransactionSystemException, Hibernate's JDBCConnectionException...): at the bottom of
 * the chain of causes is either the pool's {@link SQLTransientConnectionException} (no
 * connection within Hikari's connection timeout) or the driver's {@link SQLException} of
 * SQLState class 08, "connection exception" (the connection broke or was refused). The
 * API and the pages answer such a failure 503 with {@code Retry-After}: in a controller
 * through ApiExceptionHandler or PageExceptionHandler, before one (Spring Security
 * loading the signed-in user) through {@link DatabaseUnavailableFilter}.
 */
public final class DatabaseUnavailable {

	/** What {@code Retry-After} says: about how long a PostgreSQL restart takes. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	public static final String PROBLEM_TYPE = "database-unavailable";

	public static final String TITLE = "Service unavailable";

	public static final String DETAIL = "The database cannot be reached just now; retry in a few seconds "
			+ "(with the same Idempotency-Key, a movement is never recorded twice)";

	private DatabaseUnavailable() {
	}

	/**
	 * @param failure what a request failed with
	 * @return whether it, or anything in its chain of causes, is a lost or unobtainable
	 * database connection
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || isConnectionException(cause)
					|| isClosedByThePool(cause)) {
				return true;
			}
		}
		return false;
	}

	public static String retryAfterSeconds() {
		return Long.toString(RetryAfter.seconds(RETRY_AFTER));
	}

	/*
	 * Hikari closes a connection once the driver reports it broken; the rollback that
	 * follows then fails with this exception (without an SQLState), and Spring throws the
	 * rollback's failure in place of the query's.
	 */
	private static boolean isClosedByThePool(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() == null
				&& "Connection is closed".equals(sql.getMessage());
	}

	/*
	 * SQLState class 08: the connection does not exist, failed or was refused. And the
	 * server going away or not back yet, which PostgreSQL reports as operator
	 * intervention: 57P01 (shut down by an administrator, as in a restart), 57P02 (crash
	 * shutdown) and 57P03 (the database system is starting up).
	 */
	private static boolean isConnectionException(Throwable cause) {
		if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
			return false;
		}
		String state = sql.getSQLState();
		return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
	}

}
