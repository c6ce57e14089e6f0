package dev.stockroom.platform.redis;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.stockroom.platform.ratelimit.RedisBuckets;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

/**
 * The embedded default has no Redis: nothing that talks to Redis is created, the rate
 * limits are counted in memory, page sessions stay in the instance's memory although
 * Spring Session is on the class path (with shared sessions switched on, as outside the
 * tests), and health is UP.
 */
@IntegrationTest
@TestPropertySource(properties = { "stockroom.redis.url=", "stockroom.redis.sessions=true" })
class WithoutRedisIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void startsWithoutAnyRedisBeanOfOursAndLimitsInMemory() throws Exception {
		assertThat(this.context.getBeansOfType(RedisBuckets.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(RedisConfiguration.class)).isEmpty();
		assertThat(this.context.getBean(StockroomRedisProperties.class).configured()).isFalse();

		this.mvc.perform(get("/api/v1/products"))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-RateLimit-Remaining"));
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void theLoginPageOpensASessionInMemory() throws Exception {
		assertThat(this.context.getBeanNamesForType(SessionRepositoryFilter.class)).isEmpty();
		assertThat(this.context.getBean(SessionRegistry.class)).isInstanceOf(SessionRegistryImpl.class);

		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/login").session(session).with(SignIn.anonymous())).andExpect(status().isOk());
		assertThat(session.getAttributeNames().hasMoreElements()).as("the CSRF token kept in the session").isTrue();
	}

}
