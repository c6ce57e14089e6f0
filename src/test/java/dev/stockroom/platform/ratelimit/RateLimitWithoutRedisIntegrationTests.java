package dev.stockroom.platform.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Redis is configured but nobody answers at its address: the limits still hold, counted
 * by this instance alone, and no request fails or waits for Redis.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "stockroom.redis.url=redis://127.0.0.1:1", "spring.data.redis.url=redis://127.0.0.1:1",
				"stockroom.redis.outage-backoff=1m", "stockroom.rate-limit.login.capacity=3" })
class RateLimitWithoutRedisIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimiter limiter;

	@Test
	void limitsStillApplyFromLocalBuckets() throws Exception {
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			this.mvc.perform(RateLimitIntegrationTests.tokenRequest("10.0.2.1")).andExpect(status().is(not(429)));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}

		this.mvc.perform(RateLimitIntegrationTests.tokenRequest("10.0.2.1"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(this.limiter.breaker().isOpen()).isTrue();
		assertThat(this.limiter.breaker().skippedCalls()).isPositive();
	}

}
