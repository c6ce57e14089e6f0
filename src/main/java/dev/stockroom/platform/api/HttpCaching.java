package dev.stockroom.platform.api;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * Per-view caching for API reads, the counterpart of Django's {@code condition()} and
 * {@code cache_control()} decorators. An answer carries a validator ({@code ETag}, and
 * {@code Last-Modified} where there is one) and may be kept by the client, but must be
 * revalidated before every use: a conditional GET whose {@code If-None-Match} still
 * matches gets {@code 304 Not Modified} with no body. The answers are someone's
 * authenticated data, so they are {@code private}: a shared cache (a proxy, a CDN) must
 * not store them and hand them to another user.
 *
 * <p>
 * Lists get their ETag from a hash of the body ({@link ApiResponseCaching}); a detail
 * gets it here, from the entity's version, which changes with every update.
 */
public final class HttpCaching {

	/** {@code Cache-Control: max-age=0, must-revalidate, private}. */
	public static final CacheControl PRIVATE_REVALIDATED = CacheControl.maxAge(Duration.ZERO)
		.mustRevalidate()
		.cachePrivate();

	private HttpCaching() {
	}

	/**
	 * A 200 answer validated by the entity's version. Spring MVC turns it into a 304
	 * without a body when the request's {@code If-None-Match} (or
	 * {@code If-Modified-Since}) shows the client already has it.
	 * @param <T> the body's type
	 * @param body the entity as the API shows it
	 * @param id the entity's id
	 * @param version its version ({@code @Version}), raised by every update
	 * @param lastModified when it was last changed, if known
	 * @return the answer
	 */
	public static <T> ResponseEntity<T> versioned(T body, long id, long version, Instant lastModified) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.eTag(etag(id, version))
			.cacheControl(PRIVATE_REVALIDATED);
		if (lastModified != null) {
			answer.lastModified(lastModified);
		}
		return answer.body(body);
	}

	/**
	 * @param id an entity's id
	 * @param version its version
	 * @return the strong ETag, quoted, e.g. {@code "42-3"}
	 */
	public static String etag(long id, long version) {
		return "\"" + id + "-" + version + "\"";
	}

}
