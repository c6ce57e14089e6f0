package dev.stockroom.platform.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tiny limits, counted in the run's real Redis. Every request names a client address that
 * no other test uses (the rest of the suite comes from 127.0.0.1), so the buckets here
 * are this class's alone.
 */
@IntegrationTest
@TestPropertySource(properties = { "stockroom.rate-limit.api.capacity=5", "stockroom.rate-limit.login.capacity=3" })
class RateLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void theFourthTokenRequestFromOneAddressIsRefusedAndAnotherAddressIsNot() throws Exception {
		for (int remaining = 2; remaining >= 0; remaining--) {
			this.mvc.perform(tokenRequest("10.0.1.1"))
				.andExpect(status().is(not(429)))
				.andExpect(header().string(RateLimitFilter.REMAINING_HEADER, Integer.toString(remaining)));
		}

		this.mvc.perform(tokenRequest("10.0.1.1"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			// 3 a minute: one back every 20 seconds, less the moments the requests took.
			.andExpect(header().string("Retry-After", matchesPattern("19|20")))
			.andExpect(jsonPath("$.type").value("https://stockroom.dev/problems/rate-limited"))
			.andExpect(jsonPath("$.title").value("Too many requests"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").exists())
			.andExpect(jsonPath("$.instance").value("/api/v1/auth/token"));
		this.mvc.perform(tokenRequest("10.0.1.2")).andExpect(status().is(not(429)));
	}

	@Test
	void theCountersLiveInRedisUnderTheRunsPrefix() throws Exception {
		this.mvc.perform(tokenRequest("10.0.1.3")).andExpect(status().is(not(429)));
		this.mvc.perform(get("/api/v1/products").with(SignIn.as("manager"))).andExpect(status().isOk());

		assertThat(this.redis.hasKey(TestServices.redisKeyPrefix() + "rate-limit:3-per-60s:login:ip:10.0.1.3"))
			.isTrue();
		assertThat(this.redis.hasKey(TestServices.redisKeyPrefix() + "rate-limit:5-per-60s:api:user:manager")).isTrue();
	}

	@Test
	void eachSignedInUserHasABucketOfTheirOwn() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(products("10.0.1.4").with(SignIn.as("clerk"))).andExpect(status().isOk());
		}

		this.mvc.perform(products("10.0.1.4").with(SignIn.as("clerk"))).andExpect(status().isTooManyRequests());
		this.mvc.perform(products("10.0.1.4").with(SignIn.as("viewer"))).andExpect(status().isOk());
	}

	@Test
	void pathsOutsideTheApiAreNotLimited() throws Exception {
		for (int i = 0; i < 7; i++) {
			this.mvc.perform(get("/actuator/health").with((request) -> {
				request.setRemoteAddr("10.0.1.5");
				return request;
			})).andExpect(status().isOk()).andExpect(header().doesNotExist(RateLimitFilter.REMAINING_HEADER));
		}
	}

	static MockHttpServletRequestBuilder tokenRequest(String address) {
		return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"nobody\", \"password\": \"guess\"}")
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	private static MockHttpServletRequestBuilder products(String address) {
		return get("/api/v1/products").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
