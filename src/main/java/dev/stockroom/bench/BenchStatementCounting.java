package dev.stockroom.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Counts every SQL statement and every commit or rollback the application sends, for the
 * benchmark only ({@code bench} profile): {@code bench/run.sh} reads the counts before
 * and after each figure ({@code GET /api/v1/bench/statements}) and prints statements and
 * transactions per request. The same datasource-proxy the tests count with; it adds a
 * method call per statement, which is why it never runs outside this profile.
 */
@Profile("bench")
@Configuration(proxyBeanMethods = false)
class BenchStatementCounting {

	@Bean
	static StatementCounts benchStatementCounts() {
		return new StatementCounts();
	}

	// Static, and the counts looked up lazily, so that the post-processor exists before
	// the DataSource without pulling other beans in early.
	@Bean
	static BeanPostProcessor benchStatementCountingDataSource(ObjectProvider<StatementCounts> counts) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					StatementCounts listener = counts.getObject();
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(listener)
						.methodListener(listener)
						.build();
				}
				return bean;
			}

		};
	}

	/**
	 * Running totals since start-up, on every thread: requests, scheduled jobs and event
	 * listeners alike (what runs in the background during a figure is counted with it,
	 * and is a few statements against thousands of requests).
	 */
	static class StatementCounts implements QueryExecutionListener, MethodExecutionListener {

		private final AtomicLong statements = new AtomicLong();

		private final AtomicLong transactions = new AtomicLong();

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			// A JDBC batch is one execution of several statements: each one counts.
			this.statements.addAndGet(queries.size());
		}

		@Override
		public void beforeMethod(MethodExecutionContext execution) {
		}

		@Override
		public void afterMethod(MethodExecutionContext execution) {
			// A transaction ends in a commit or a rollback on the connection (a statement
			// in
			// auto-commit mode is its own transaction and is counted as a statement
			// only).
			String method = execution.getMethod().getName();
			if (method.equals("commit") || method.equals("rollback")) {
				this.transactions.incrementAndGet();
			}
		}

		Totals totals() {
			return new Totals(this.statements.get(), this.transactions.get());
		}

	}

	/**
	 * The counts as the benchmark reads them.
	 *
	 * @param statements SQL statements executed since start-up
	 * @param transactions commits and rollbacks since start-up
	 */
	record Totals(long statements, long transactions) {
	}

}
