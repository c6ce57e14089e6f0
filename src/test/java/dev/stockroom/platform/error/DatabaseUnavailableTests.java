package dev.stockroom.platform.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import dev.stockroom.platform.http.DatabaseUnavailableFilter;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

	@Test
	void recognisesThePoolsTimeoutAsSpringReportsIt() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 5004ms");
		Exception reported = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new JDBCConnectionException("Unable to acquire JDBC Connection", timeout));

		assertThat(DatabaseUnavailable.isCause(reported)).isTrue();
	}

	@Test
	void recognisesABrokenConnectionBySqlStateClass08() {
		SQLException broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");

		assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("insert", broken))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not roll back", broken))).isTrue();
	}

	@Test
	void recognisesARestartingServer() {
		SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
		SQLException starting = new SQLException("the database system is starting up", "57P03");

		assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("select", terminated))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("select", starting))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new SQLException("canceling statement due to user request", "57014")))
			.as("a cancelled statement is not an outage")
			.isFalse();
	}

	// The rollback after a broken connection fails too, and Spring throws that failure.
	@Test
	void recognisesTheFailedRollbackOfAConnectionThePoolClosed() {
		Exception rollback = new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

		assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
	}

	// Met in a filter (Spring Security loading the user), where no exception handler
	// sees it: the same 503 problem as a controller's.
	@Test
	void answersALostDatabaseMetBeforeAnyControllerWithA503Problem() throws Exception {
		DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(new Problems(
				JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build()));
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/products"), response,
				new MockFilterChain(new HttpServlet() {
					@Override
					protected void service(HttpServletRequest request, HttpServletResponse response) {
						throw new DataAccessResourceFailureException("select",
								new SQLException("An I/O error occurred while sending to the backend.", "08006"));
					}
				}));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Retry-After")).isNotBlank();
		assertThat(response.getContentAsString()).contains(
				"\"type\":\"https://stockroom.dev/problems/database-unavailable\"",
				"\"instance\":\"/api/v1/products\"");
	}

	@Test
	void leavesEveryOtherFailureAlone() {
		SQLException duplicate = new SQLException("duplicate key value", "23505");

		assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("insert", duplicate))).isFalse();
		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
	}

}
