package dev.stockroom.platform.error;

import java.io.IOException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The domain exceptions a page controller may let through, as the status they mean; the
 * servlet container then shows that status's error page
 * ({@code templates/error/404.html}) in the layout, as it does for every other error of a
 * page. Anything not named here is a 500 and its page, which says nothing about the
 * cause. The API's controllers are answered by {@link ApiExceptionHandler} first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler
	void notFound(ResourceNotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler
	void badQuery(InvalidQueryException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	// A value PostgreSQL could not take (SQLState class 22), which the forms' validation
	// did not catch first: the request's fault, so the 400 page. Any other integrity
	// violation is thrown on to the container's 500 page, as before.
	@ExceptionHandler
	void invalidData(DataIntegrityViolationException ex, HttpServletResponse response) throws IOException {
		if (!DataErrors.isInvalidData(ex)) {
			throw ex;
		}
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	// The database out of reach: the error page with 503 and Retry-After, as the API
	// answers (see ApiExceptionHandler#databaseUnavailable). Any other data access
	// failure goes on to the 500 page.
	@ExceptionHandler({ DataAccessException.class, PersistenceException.class, TransactionException.class })
	void databaseUnavailable(Exception ex, HttpServletResponse response) throws Exception {
		if (!DatabaseUnavailable.isCause(ex)) {
			throw ex;
		}
		log.warn("Database unavailable: {}", ex.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.retryAfterSeconds());
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
