package dev.stockroom.jobs;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JobRunr reads its settings from {@code jobrunr.*}, which {@code application.yml} points
 * at Stockroom's {@code stockroom.jobs.*}. A placeholder needs a default of its own for
 * when the setting is not set; it must be the record's, so that JobRunr does what
 * {@link JobsProperties} documents.
 */
class JobsPropertiesTests {

	@Test
	void jobRunrGetsTheRecordsDefaultsWhenNothingIsSet() throws IOException {
		StandardEnvironment environment = applicationYml();
		JobsProperties defaults = Binder.get(environment).bindOrCreate("stockroom.jobs", JobsProperties.class);

		assertThat(environment.getProperty("jobrunr.background-job-server.enabled", Boolean.class))
			.isEqualTo(defaults.worker())
			.isTrue();
		assertThat(duration(environment.getProperty("jobrunr.background-job-server.delete-succeeded-jobs-after")))
			.isEqualTo(defaults.keepSucceeded())
			.isEqualTo(Duration.ofDays(30));
		assertThat(environment.getProperty("jobrunr.jobs.default-number-of-retries", Integer.class))
			.isEqualTo(defaults.retries());
		assertThat(environment.getProperty("jobrunr.database.skip-create", Boolean.class)).isTrue();
	}

	@Test
	void stockroomsSettingsReachJobRunr() throws IOException {
		StandardEnvironment environment = applicationYml();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("set", Map.of("stockroom.jobs.worker", "false",
					"stockroom.jobs.keep-succeeded", "7d", "stockroom.jobs.retries", "3")));

		assertThat(environment.getProperty("jobrunr.background-job-server.enabled", Boolean.class)).isFalse();
		assertThat(duration(environment.getProperty("jobrunr.background-job-server.delete-succeeded-jobs-after")))
			.isEqualTo(Duration.ofDays(7));
		assertThat(environment.getProperty("jobrunr.jobs.default-number-of-retries", Integer.class)).isEqualTo(3);
	}

	private static StandardEnvironment applicationYml() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

	private static Duration duration(String value) {
		return ApplicationConversionService.getSharedInstance().convert(value, Duration.class);
	}

}
