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
		MapPropertySource testDatabase = new MapPropertySource("stockroomTestDatabase",
				Map.of("spring.datasource.url", TestServices.sharedDatabaseUrl(), "spring.datasource.username",
						"postgres", "spring.datasource.password", ""));
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
