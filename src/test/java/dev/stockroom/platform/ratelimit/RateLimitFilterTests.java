package dev.stockroom.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.stockroom.platform.error.Problems;
import dev.stockroom.platform.redis.StockroomRedisProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which bucket a request takes from, and what a client over its limit is told, with the
 * in-memory buckets an instance uses without Redis.
 */
class RateLimitFilterTests {

	@Test
	void aSignedInUserHasABucketOfTheirOwnWhereverTheyComeFrom() {
		MockHttpServletRequest request = request("GET", "/api/v1/products", "192.0.2.7");
		request.setUserPrincipal(() -> "alice");

		assertThat(RateLimitFilter.bucketFor(request)).isEqualTo(new RateLimitFilter.Bucket("api:user:alice", false));
	}

	@Test
	void anAnonymousClientIsCountedByItsAddressNeverByForwardedHeaders() {
		MockHttpServletRequest request = request("GET", "/api/v1/products", "192.0.2.7");
		request.addHeader("X-Forwarded-For", "203.0.113.9");

		assertThat(RateLimitFilter.bucketFor(request)).isEqualTo(new RateLimitFilter.Bucket("api:ip:192.0.2.7", false));
	}

	@Test
	void theTokenEndpointsHaveAStricterBucketPerAddressEvenForASignedInUser() {
		for (String path : new String[] { "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/token;x=y" }) {
			MockHttpServletRequest request = request("POST", path, "192.0.2.7");
			request.setUserPrincipal(() -> "alice");

			assertThat(RateLimitFilter.bucketFor(request)).as(path)
				.isEqualTo(new RateLimitFilter.Bucket("login:ip:192.0.2.7", true));
		}
		assertThat(RateLimitFilter.bucketFor(request("GET", "/api/v1/auth/token", "192.0.2.7")).login()).isFalse();
	}

	@Test
	void retryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(RateLimitFilter.retryAfterSeconds(0)).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(TimeUnit.SECONDS.toNanos(1))).isEqualTo(1);
		assertThat(RateLimitFilter.retryAfterSeconds(TimeUnit.SECONDS.toNanos(1) + 1)).isEqualTo(2);
		assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(2500).toNanos())).isEqualTo(3);
	}

	@Test
	void overTheLimitTheAnswerIsA429ProblemWithRetryAfter() throws Exception {
		RateLimitProperties limits = new RateLimitProperties(true, new RateLimitProperties.Limit(2L, null),
				new RateLimitProperties.Limit(1L, Duration.ofMinutes(1)), 100,
				new RateLimitProperties.LocalShare(0.05, Duration.ofSeconds(1)));
		RateLimitFilter filter = new RateLimitFilter(
				new RateLimiter(null, limits, new StockroomRedisProperties(null, "test:", Duration.ofSeconds(5), true),
						Clock.systemUTC()),
				limits, new Problems(
						JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build()));

		assertThat(send(filter, "192.0.2.7").getHeader(RateLimitFilter.REMAINING_HEADER)).isEqualTo("1");
		assertThat(send(filter, "192.0.2.7").getHeader(RateLimitFilter.REMAINING_HEADER)).isEqualTo("0");
		MockHttpServletResponse refused = send(filter, "192.0.2.7");
		MockHttpServletResponse other = send(filter, "192.0.2.8");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		// 2 per minute: the next token is back in 30 seconds.
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(29L, 30L);
		assertThat(refused.getContentAsString()).contains("\"type\":\"https://stockroom.dev/problems/rate-limited\"",
				"\"status\":429", "\"title\":\"Too many requests\"", "\"detail\":\"Too many requests; try again in",
				"\"instance\":\"/api/v1/products\"");
		assertThat(other.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletResponse send(RateLimitFilter filter, String address) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request("GET", "/api/v1/products", address), response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String method, String path, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		return request;
	}

}
