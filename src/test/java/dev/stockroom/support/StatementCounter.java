package dev.stockroom.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application sends, on every thread (a request runs on a
 * server thread, not the test's), so a test can prove how many queries a request costs.
 * Registered by {@link StatementCounting}.
 */
public class StatementCounter implements QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		// A JDBC batch is one execution of several statements: each one counts.
		this.count.addAndGet(queries.size());
	}

	public void reset() {
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
	}

}
