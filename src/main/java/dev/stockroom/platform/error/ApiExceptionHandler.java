package dev.stockroom.platform.error;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.error.Problems.FieldMessage;
import dev.stockroom.platform.http.RequestBodyLimitFilter;
import dev.stockroom.platform.media.UploadedImages;

import static dev.stockroom.platform.error.Problems.problem;
import static dev.stockroom.platform.error.Problems.validationProblem;
import static dev.stockroom.platform.error.Problems.withErrors;

/**
 * Turns every error the REST API can meet into an RFC 9457 problem detail: domain
 * exceptions into 404, 409 and 422, bad input into 400 with the offending fields, a lost
 * database into a 503, anything unexpected into a 500 that says nothing about the
 * internals. The framework's own errors (404 for an unknown path, 405, 406, 415...) come
 * from {@link ResponseEntityExceptionHandler}, already as problem details.
 *
 * <p>
 * Only for {@link ApiController}s: a page's errors become error pages
 * ({@code templates/error/}). Errors raised before any controller is chosen (no such
 * path, method or media type) reach this handler through {@link RoutingErrorHandler} when
 * the path is the API's.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final URI BLANK_TYPE = URI.create("about:blank");

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ProblemDetail notFound(ResourceNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	// Refused credentials; the header tells a client which scheme to use
	// (RFC 9110, section 11.6.1).
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException ex) {
		log.debug("Credentials refused: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", ex.clientMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException ex) {
		return retryAfter(Long.toString(ex.getRetryAfterSeconds()),
				problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", ex.getMessage()));
	}

	// Method security or an explicit check in a controller
	// (the movement type's permission).
	@ExceptionHandler
	ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You do not have permission to do this");
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getProblemType(), "Conflict", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unknownReference(ReferenceNotFoundException ex) {
		return withErrors(
				problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference", "Unknown reference", ex.getMessage()),
				List.of(new FieldMessage(ex.getField(), ex.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail unprocessable(UnprocessableRequestException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getProblemType(), "Unprocessable request", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidQuery(InvalidQueryException ex) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameter", ex.getMessage()),
				List.of(new FieldMessage(ex.getParameter(), ex.getMessage())));
	}

	// A well-formed image with more pixels than are accepted:
	// the message names the limit.
	@ExceptionHandler
	ProblemDetail imageTooLarge(UploadedImages.ImageTooLargeException ex) {
		return withErrors(
				problem(HttpStatus.UNPROCESSABLE_CONTENT, "image-too-large", "Image too large", ex.getMessage()),
				List.of(new FieldMessage(ex.getField(), ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(BusyException ex) {
		return retryAfter(Long.toString(ex.getRetryAfterSeconds()),
				problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Service busy", ex.getMessage()));
	}

	@ExceptionHandler
	ProblemDetail invalidField(InvalidFieldException ex) {
		return validationProblem(
				ex.getMessages().stream().map((message) -> new FieldMessage(ex.getField(), message)).toList());
	}

	@ExceptionHandler
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<FieldMessage> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldMessage(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return validationProblem(errors);
	}

	@ExceptionHandler
	ProblemDetail optimisticLock(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "stale-version", "Conflict",
				"The resource was changed by someone else at the same time; read it again and retry");
	}

	@ExceptionHandler
	ProblemDetail lockTimeout(PessimisticLockingFailureException ex) {
		log.warn("Lock not acquired: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "busy", "Conflict",
				"The resource is busy with another change; retry in a moment");
	}

	// A constraint the services did not check first (two requests racing for one
	// SKU, say). The database refused it, so nothing was written; the message must
	// not leak SQL.
	@ExceptionHandler
	ProblemDetail integrityViolation(DataIntegrityViolationException ex) {
		if (DataErrors.isInvalidData(ex)) {
			return invalidData(ex);
		}
		log.info("Constraint violation: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "constraint-violation", "Conflict",
				"The change conflicts with existing data (a duplicate value or a record still in use)");
	}

	// The safety net behind the validation of parameters and bodies: a value PostgreSQL
	// cannot take (SQLState class 22: a NUL byte, a date or number out of its range) was
	// the client's, so it is a 400, not a conflict and not a 500. The message is the
	// database's, so it is logged, not shown.
	private static ProblemDetail invalidData(DataIntegrityViolationException ex) {
		log.info("Invalid data refused by the database: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.BAD_REQUEST, "invalid-data", "Invalid data",
				"A value in the request is outside what can be stored (a control character, or a date or number out of range)");
	}

	// A CSV export that failed after its first rows went out: the 200 is already sent, so
	// no problem detail can follow. Thrown on, the error reaches the servlet container,
	// which closes the connection without the final chunk: the client sees a broken
	// transfer instead of a file that merely ends early.
	@ExceptionHandler
	void exportFailed(CsvExport.ExportFailedException ex) {
		throw ex;
	}

	/*
	 * The database out of reach (restarting, failing over, the network between) is not
	 * the client's fault nor a bug: 503 with Retry-After says "send it again shortly".
	 * The failed transaction went with its connection, the Idempotency-Key's claim
	 * included, so a POST retried with its key runs once: it is either applied now or
	 * answered with the stored answer of a commit whose reply was lost. Every other data
	 * access failure stays a 500.
	 */
	@ExceptionHandler({ DataAccessException.class, PersistenceException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		if (!DatabaseUnavailable.isCause(ex)) {
			return ResponseEntity.internalServerError().body(unexpected(ex));
		}
		log.warn("Database unavailable: {}", ex.toString());
		return retryAfter(DatabaseUnavailable.retryAfterSeconds(), problem(HttpStatus.SERVICE_UNAVAILABLE,
				DatabaseUnavailable.PROBLEM_TYPE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL));
	}

	// A refusal the client may send again after a pause (a rate limit, a busy or
	// unreachable dependency): the problem with a Retry-After header.
	private static ResponseEntity<ProblemDetail> retryAfter(String seconds, ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, seconds).body(problem);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; the error has been logged");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(ApiExceptionHandler::fieldMessage)
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	// A value that could not even be converted (a query parameter "abc" for a number)
	// carries the converter's message, with Java type names in it: say it plainly.
	private static FieldMessage fieldMessage(ObjectError error) {
		if (error instanceof FieldError field) {
			String message = field.isBindingFailure() ? notAValidValue(field.getRejectedValue())
					: field.getDefaultMessage();
			return new FieldMessage(field.getField(), message);
		}
		return new FieldMessage(error.getObjectName(), error.getDefaultMessage());
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldMessage(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String message = notAValidValue(ex.getValue());
		ProblemDetail problem = validationProblem(List.of(new FieldMessage(name, message)));
		problem.setDetail("Parameter '" + name + "': " + message);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		/*
		 * A chunked body that passed its limit while Jackson read it
		 * (RequestBodyLimitFilter counts it): the answer must say so, and be written
		 * before it is committed.
		 */
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.body(problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
							tooLarge.getMessage()));
			}
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				describeUnreadable(ex));
		addInvalidProperty(problem, ex);
		return ResponseEntity.badRequest().body(problem);
	}

	// An upload over spring.servlet.multipart's limits, found while Tomcat parsed it (a
	// declared Content-Length over the limit never gets here: RequestBodyLimitFilter).
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
					"The upload is larger than allowed"));
	}

	// The framework's own problems (405, 406, 415, an unknown path...) come without a
	// type, yet every answer of the API carries one: name them after their status.
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (body instanceof ProblemDetail problem && status != null
				&& (problem.getType() == null || BLANK_TYPE.equals(problem.getType()))) {
			problem.setType(URI.create(Problems.TYPE_BASE + Problems.typeOf(status)));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	// A value of the wrong kind for its property (1852.9 for an id, a string with a NUL
	// byte) names the property in errors[], as a validation problem does.
	private static void addInvalidProperty(ProblemDetail problem, HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()
				&& !(mismatched instanceof UnrecognizedPropertyException)) {
			String message = (mismatched instanceof InvalidFormatException invalid
					&& invalid.getTargetType() == String.class)
							? "must not contain control characters (tabs and line breaks only in multi-line text)"
							: "is not a valid value of its type";
			withErrors(problem, List.of(new FieldMessage(path(mismatched), message)));
		}
	}

	// Say what was wrong with the JSON without echoing parser internals or class names.
	private static String describeUnreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "Unknown property '" + unknown.getPropertyName() + "'";
		}
		if (cause instanceof InvalidFormatException invalid) {
			Class<?> target = invalid.getTargetType();
			if (target != null && target.isEnum()) {
				return "Invalid value for '" + path(invalid) + "'; allowed: "
						+ Arrays.stream(target.getEnumConstants())
							.map(Object::toString)
							.collect(Collectors.joining(", "));
			}
			return "Invalid value for '" + path(invalid) + "'";
		}
		if (cause instanceof MismatchedInputException mismatched) {
			return mismatched.getPath().isEmpty() ? "The request body must be a JSON object"
					: "Wrong type for '" + path(mismatched) + "'";
		}
		if (cause instanceof StreamReadException) {
			return "The request body is not valid JSON";
		}
		return "The request body is missing or cannot be read";
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."));
	}

	private static String notAValidValue(Object value) {
		return "'" + value + "' is not a valid value";
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot < 0) ? path : path.substring(dot + 1);
	}

}
