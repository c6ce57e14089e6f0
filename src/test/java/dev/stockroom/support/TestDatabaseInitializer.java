package dev.stockroom.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a test's application context at the run's own PostgreSQL database and at the
 * run's Redis with the run's key prefix (see {@link TestServices}). Its settings rank
 * above {@code application.yml} but below a test's own {@code properties} and
 * {@code @DynamicPropertySource}, so a test can still choose another database or Redis.
 *
 * <p>
 * The rate limits are raised out of reach: the whole suite sends its requests from one
 * address, and a test of the limits sets small ones of its own.
 *
 * <p>
 * Page sessions stay in Tomcat's memory although Redis is configured: the MockMvc tests
 * hand their sessions over as {@code MockHttpSession} objects, which Spring Session would
 * ignore. SharedSessionsIntegrationTests turns Redis sessions on and uses real cookies.
 *
 * <p>
 * Connection pools keep one idle connection, not ten: a run caches a dozen application
 * contexts, each with its pool, and PostgreSQL's 100 connections are shared with
 * everything else on the machine. A pool still grows to ten under load (the concurrency
 * tests) and gives the extra connections back after ten idle seconds.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String redisUrl = TestServices.redisUrl();
		MapPropertySource testDatabase = new MapPropertySource("stockroomTestDatabase",
				Map.ofEntries(Map.entry("spring.datasource.url", TestServices.sharedDatabaseUrl()),
						Map.entry("spring.datasource.username", "postgres"),
						Map.entry("spring.datasource.password", ""), Map.entry("stockroom.redis.url", redisUrl),
						Map.entry("spring.data.redis.url", redisUrl),
						Map.entry("stockroom.redis.key-prefix", TestServices.redisKeyPrefix()),
						Map.entry("stockroom.redis.sessions", "false"),
						Map.entry("stockroom.rate-limit.api.capacity", "1000000"),
						Map.entry("stockroom.rate-limit.login.capacity", "1000000"),
						Map.entry("spring.datasource.hikari.minimum-idle", "1"),
						Map.entry("spring.datasource.hikari.idle-timeout", "10000")));
		addBelowTheTestsOwn(context, testDatabase);
	}

	/**
	 * Adds settings above {@code application.yml} but below a test's own
	 * {@code properties}, so that a test can still override them.
	 * @param context the test's context
	 * @param settings the settings
	 */
	static void addBelowTheTestsOwn(ConfigurableApplicationContext context, MapPropertySource settings) {
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
		if (sources.contains(inlined)) {
			sources.addAfter(inlined, settings);
		}
		else {
			sources.addFirst(settings);
		}
	}

}
