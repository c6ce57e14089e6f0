package dev.stockroom.platform.ratelimit;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import dev.stockroom.platform.error.Problems;

/**
 * Throttling for the REST API (DRF's {@code UserRateThrottle} and
 * {@code AnonRateThrottle}): each request under {@code /api} takes one token from a
 * bucket of its signed-in user, or else of its client address; the token endpoints take
 * theirs from a smaller bucket per address, against password guessing. Over the limit the
 * answer is a 429 problem detail with {@code Retry-After}; allowed answers carry
 * {@code X-RateLimit-Remaining}.
 *
 * <p>
 * Runs after Spring Security's filters, so the user is known. The client address is
 * {@link HttpServletRequest#getRemoteAddr()}: behind a proxy, Tomcat's
 * {@code RemoteIpValve} ({@code server.forwarded-headers-strategy}) decides which
 * {@code X-Forwarded-For} to trust. Reading that header here would let any client choose
 * its own bucket.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private static final Set<String> TOKEN_ENDPOINTS = Set.of("/api/v1/auth/token", "/api/v1/auth/refresh");

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	private final Problems problems;

	RateLimitFilter(RateLimiter limiter, RateLimitProperties limits, Problems problems) {
		this.limiter = limiter;
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = bucketFor(request);
		RateLimitProperties.Limit limit = bucket.login() ? this.limits.login() : this.limits.api();
		ConsumptionProbe probe = this.limiter.tryConsume(bucket.key(), limit);
		if (probe.isConsumed()) {
			response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
			chain.doFilter(request, response);
		}
		else {
			tooManyRequests(request, response, retryAfterSeconds(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * @param request the request
	 * @return whose bucket the request takes from
	 */
	static Bucket bucketFor(HttpServletRequest request) {
		// The decoded path without ;parameters, as Spring MVC matches it.
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		String address = "ip:" + request.getRemoteAddr();
		if ("POST".equals(request.getMethod()) && TOKEN_ENDPOINTS.contains(path)) {
			return new Bucket("login:" + address, true);
		}
		Principal user = request.getUserPrincipal();
		return new Bucket("api:" + ((user != null) ? "user:" + user.getName() : address), false);
	}

	/**
	 * @param nanos how long until a token is back
	 * @return whole seconds, rounded up, at least 1 (a {@code Retry-After: 0} invites an
	 * immediate retry that fails again)
	 */
	static long retryAfterSeconds(long nanos) {
		long seconds = TimeUnit.NANOSECONDS.toSeconds(nanos);
		if (TimeUnit.SECONDS.toNanos(seconds) < nanos) {
			seconds++;
		}
		return Math.max(1, seconds);
	}

	private void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long retryAfter)
			throws IOException {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		headers.set(REMAINING_HEADER, "0");
		this.problems.write(request, response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"Too many requests", "Too many requests; try again in " + retryAfter + " seconds."), headers);
	}

	/**
	 * @param key the bucket's key, e.g. {@code api:user:alice} or
	 * {@code login:ip:192.0.2.7}
	 * @param login whether the stricter limit of the token endpoints applies
	 */
	record Bucket(String key, boolean login) {
	}

}
