package dev.stockroom.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * Documents an error an API operation can answer beyond those every operation of its kind
 * shares, which {@code ApiDocumentation} adds by itself (400 for bad input, 401 and 403
 * when signed in, 404 for an unknown id in the path, 413 and 415 for a body, 429 and 503
 * everywhere). The OpenAPI document shows it as an {@code application/problem+json}
 * answer that names its problem types.
 *
 * <pre class="code">
 * &#64;ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-sku", when = "another product has the SKU")
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ErrorResponse.List.class)
public @interface ErrorResponse {

	/**
	 * @return the answer's status
	 */
	HttpStatus status();

	/**
	 * @return the problem's type, the slug after {@code https://stockroom.dev/problems/}
	 */
	String type();

	/**
	 * @return when the operation answers with it, in words a client developer reads
	 */
	String when();

	/** The errors of one operation. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface List {

		/**
		 * @return the errors
		 */
		ErrorResponse[] value();

	}

}
