package dev.stockroom.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;

import dev.stockroom.platform.error.ApiExceptionHandler;
import dev.stockroom.platform.error.Problems;

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

	// A multipart body that cannot be parsed (a NUL in a part's file name, a broken
	// boundary) fails while the dispatcher prepares the request, before a controller is
	// chosen: the client's error, a 400. An upload over the size limits keeps its 413.
	@ExceptionHandler
	ResponseEntity<Object> unreadableMultipart(MultipartException ex, HttpServletRequest request,
			HttpServletResponse response, WebRequest webRequest) throws Exception {
		if (ex instanceof MaxUploadSizeExceededException) {
			return routing(ex, request, webRequest);
		}
		if (!PATHS.getPathWithinApplication(request).startsWith("/api/")) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		return ResponseEntity.badRequest()
			.body(Problems.problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
					"The multipart request body cannot be read"));
	}

}
