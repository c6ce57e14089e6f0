package dev.stockroom.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Counts the round trips the PostgreSQL driver makes, as the wire sees them: pgjdbc ends
 * every exchange it waits for with a Sync message (a statement, a COMMIT, a ROLLBACK, a
 * connection check), and sends a BEGIN in the same exchange as the transaction's first
 * statement. What a statement listener cannot see, such as a
 * {@code SET SESSION CHARACTERISTICS} the driver sends for {@code setReadOnly}, is
 * counted here. The driver logs each message it sends at {@code FINEST}; this handler
 * listens for as long as it is {@linkplain #start() started}.
 */
public final class RoundTrips {

	private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

	private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

	private final Handler handler = new Handler() {

		private final SimpleFormatter formatter = new SimpleFormatter();

		@Override
		public void publish(LogRecord record) {
			String message = this.formatter.formatMessage(record);
			if (message != null && message.startsWith(" FE=> ")) {
				RoundTrips.this.sent.add(new Sent(Thread.currentThread(), message.substring(6)));
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	private Level previous;

	/** Starts listening to the driver (its messages go nowhere else meanwhile). */
	public synchronized void start() {
		this.previous = DRIVER.getLevel();
		DRIVER.setLevel(Level.FINEST);
		DRIVER.setUseParentHandlers(false);
		DRIVER.addHandler(this.handler);
	}

	/** Stops listening and puts the driver's logging back as it was. */
	public synchronized void stop() {
		DRIVER.removeHandler(this.handler);
		DRIVER.setUseParentHandlers(true);
		DRIVER.setLevel(this.previous);
	}

	public void reset() {
		this.sent.clear();
	}

	/**
	 * @param thread the thread
	 * @return how many exchanges the driver waited for on that thread since the last
	 * reset
	 */
	public long on(Thread thread) {
		return messagesOn(thread).stream().filter("Sync"::equals).count();
	}

	/**
	 * @param thread the thread
	 * @return every protocol message the driver sent on that thread since the last reset
	 * ({@code Parse(stmt=null,query="BEGIN READ ONLY",...)}, {@code Sync}, ...)
	 */
	public List<String> messagesOn(Thread thread) {
		synchronized (this.sent) {
			return this.sent.stream().filter((sent) -> sent.thread() == thread).map(Sent::message).toList();
		}
	}

	private record Sent(Thread thread, String message) {
	}

}
