package dev.stockroom.platform.error;

import java.sql.SQLException;

/**
 * Tells a value the database could not take apart from the other refusals Spring reports
 * as a {@code DataIntegrityViolationException}: SQLState class 22 ("data exception": an
 * invalid byte sequence, a date or number out of range) is the request's fault and a 400,
 * while class 23 (a unique or foreign key) is a conflict with stored data.
 */
final class DataErrors {

	private static final String DATA_EXCEPTION_CLASS = "22";

	private DataErrors() {
	}

	static boolean isInvalidData(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
				return true;
			}
		}
		return false;
	}

}
