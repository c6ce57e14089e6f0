package dev.stockroom.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;

/**
 * Errors raised while a request looks for its controller (no such path, a method or media
 * type no handler takes), when there is no controller yet to tell an API request from a
 * page: the path decides. Under {@code /api/} the answer is the API's problem detail;
 * anywhere else the exception is thrown on, which, as Spring MVC documents for
 * {@code @ExceptionHandler} methods, lets the rest of the resolver chain answer as if
 * this handler did not exist: a 404 or 405 status and the error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RoutingErrorHandler {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final ApiExceptionHandler api;

	RoutingErrorHandler(ApiExceptionHandler api) {
		this.api = api;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, UnsatisfiedServletRequestParameterException.class })
	ResponseEntity<Object> routing(Exception ex, HttpServletRequest request, WebRequest webRequest) throws Exception {
		if (!PATHS.getPathWithinApplication(request).startsWith("/api/")) {
			throw ex;
		}
		return this.api.handleException(ex, webRequest);
	}

}
