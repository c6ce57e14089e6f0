package dev.stockroom.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application sends, on every thread (a request runs on a
 * server thread, not the test's), so a test can prove how many queries a request costs.
 * Registered by {@link StatementCounting}.
 */
public class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

	/** In {@link #eventsOn(Thread)}: a connection borrowed from the pool. */
	public static final String CONNECTION = "connection";

	/** In {@link #eventsOn(Thread)}: a transaction committed. */
	public static final String COMMIT = "commit";

	/** In {@link #eventsOn(Thread)}: a transaction rolled back. */
	public static final String ROLLBACK = "rollback";

	private final List<Counted> events = Collections.synchronizedList(new ArrayList<>());

	/** Marks, in {@link #statements()}, a statement run on a writable connection. */
	public static final String WRITABLE = "[writable] ";

	private final AtomicLong count = new AtomicLong();

	private final List<Counted> statements = Collections.synchronizedList(new ArrayList<>());

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		// A JDBC batch is one execution of several statements: each one counts.
		this.count.addAndGet(queries.size());
		boolean readOnly = readOnly(execution);
		Thread thread = Thread.currentThread();
		queries.forEach(
				(query) -> this.statements.add(new Counted(thread, (readOnly ? "" : WRITABLE) + query.getQuery())));
	}

	// Whether the statement ran in a read-only transaction (the driver's flag, set by
	// Spring for @Transactional(readOnly = true); asking it makes no round trip), or on
	// its own in auto-commit mode (a single look-up, such as the token revocation check,
	// is its own transaction and has nothing to flush or protect).
	private static boolean readOnly(ExecutionInfo execution) {
		try {
			java.sql.Connection connection = execution.getStatement().getConnection();
			return connection.isReadOnly() || connection.getAutoCommit();
		}
		catch (java.sql.SQLException ex) {
			return false;
		}
	}

	/**
	 * @return how many of the counted statements ran in a transaction that was not
	 * read-only
	 */
	public long writableStatements() {
		return statements().stream().filter((sql) -> sql.startsWith(WRITABLE)).count();
	}

	@Override
	public void beforeMethod(MethodExecutionContext context) {
	}

	// What a statement count cannot see: a connection borrowed (even one that runs no
	// statement costs the pool), a COMMIT or ROLLBACK (each a round trip of its own), and
	// the connection settings Spring and Hibernate change around a transaction.
	@Override
	public void afterMethod(MethodExecutionContext context) {
		String event = switch (context.getMethod().getName()) {
			case "getConnection" -> (context.getTarget() instanceof javax.sql.DataSource) ? CONNECTION : null;
			case "commit" -> COMMIT;
			case "rollback" -> ROLLBACK;
			case "setAutoCommit", "setReadOnly", "setTransactionIsolation" ->
				context.getMethod().getName() + "(" + context.getMethodArgs()[0] + ")";
			default -> null;
		};
		if (event != null) {
			this.events.add(new Counted(Thread.currentThread(), event));
		}
	}

	/**
	 * Connections borrowed, commits, rollbacks and connection settings changed by one
	 * thread since the last reset, in order ({@link #CONNECTION}, {@link #COMMIT},
	 * {@link #ROLLBACK}, {@code setReadOnly(true)}, ...).
	 * @param thread the thread
	 * @return the events
	 */
	public List<String> eventsOn(Thread thread) {
		synchronized (this.events) {
			return this.events.stream().filter((counted) -> counted.thread() == thread).map(Counted::sql).toList();
		}
	}

	public void reset() {
		this.count.set(0);
		this.statements.clear();
		this.events.clear();
	}

	/**
	 * @return the SQL of every statement counted since the last reset, in order
	 */
	public List<String> statements() {
		synchronized (this.statements) {
			return this.statements.stream().map(Counted::sql).toList();
		}
	}

	/**
	 * The statements one thread sent: a MockMvc request runs on the test's own thread, so
	 * this leaves out what scheduled jobs sent meanwhile.
	 * @param thread the thread
	 * @return the SQL of its statements since the last reset, in order
	 */
	public List<String> statementsOn(Thread thread) {
		synchronized (this.statements) {
			return this.statements.stream().filter((counted) -> counted.thread() == thread).map(Counted::sql).toList();
		}
	}

	/**
	 * Spring Data runs a page's count query only when the page does not already tell the
	 * total (it is full, or not the first): a list that shows every row in one page skips
	 * it. Tests that compare a partly filled page with a full one leave it out.
	 * @return how many of the counted statements were {@code select count(...)}
	 */
	public long countQueries() {
		return statements().stream().filter(StatementCounter::isCountQuery).count();
	}

	/**
	 * @param sql a statement, as {@link #statements()} lists it
	 * @return whether it is a page's count query
	 */
	public static boolean isCountQuery(String sql) {
		return sql.replace(WRITABLE, "").strip().toLowerCase(Locale.ROOT).startsWith("select count(");
	}

	private record Counted(Thread thread, String sql) {
	}

	public long count() {
		return this.count.get();
	}

}
