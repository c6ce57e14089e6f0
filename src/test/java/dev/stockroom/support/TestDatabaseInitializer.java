package dev.stockroom.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a test's application context at the run's own PostgreSQL database (see
 * {@link TestServices}). Its settings rank above {@code application.yml} but below a
 * test's own {@code properties} and {@code @DynamicPropertySource}, so a test can still
 * choose another database.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		// A context waits in the test context cache until the run ends, and Hikari would
		// keep its full pool open all that time: a dozen contexts of ten connections each
		// exhaust PostgreSQL's default 100. Idle connections beyond one are closed after
		// ten seconds (Hikari's shortest), so only the running tests hold many.
		MapPropertySource testDatabase = new MapPropertySource("stockroomTestDatabase",
				Map.of("spring.datasource.url", TestServices.sharedDatabaseUrl(), "spring.datasource.username",
						"postgres", "spring.datasource.password", "", "spring.datasource.hikari.minimum-idle", "1",
						"spring.datasource.hikari.idle-timeout", "10000"));
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
		if (sources.contains(inlined)) {
			sources.addAfter(inlined, testDatabase);
		}
		else {
			sources.addFirst(testDatabase);
		}
	}

}
