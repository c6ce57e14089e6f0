package dev.stockroom.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.SpringFactoriesLoader;

import dev.stockroom.platform.api.IdempotencyProperties;
import dev.stockroom.platform.deploy.RequiredProductionSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code .env} file sets what the environment sets, by relaxed binding and through the
 * placeholders of {@code application.yml}, and the real environment wins over it.
 */
class DotenvFileTests {

	@TempDir
	Path directory;

	@Test
	void itsVariablesBindAsEnvironmentVariablesDoAndTheEnvironmentWins() throws IOException {
		Path file = Files.writeString(this.directory.resolve(".env"), """
				# comments and blank lines are ignored

				STOCKROOM_IDEMPOTENCY_TTL=2h
				STOCKROOM_DB_POOL_SIZE=3
				SPRING_DATASOURCE_URL=jdbc:postgresql://from-the-file/stockroom
				""");
		StandardEnvironment environment = environment(
				Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://from-the-environment/stockroom"));

		new DotenvFile(file).postProcessEnvironment(environment, null);

		assertThat(Binder.get(environment).bindOrCreate("stockroom.idempotency", IdempotencyProperties.class).ttl())
			.isEqualTo(Duration.ofHours(2));
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("3");
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://from-the-environment/stockroom");
	}

	@Test
	void withoutAFileNothingChanges() throws IOException {
		StandardEnvironment environment = environment(Map.of());

		new DotenvFile(this.directory.resolve(".env")).postProcessEnvironment(environment, null);

		assertThat(environment.getPropertySources().contains(DotenvFile.PROPERTY_SOURCE)).isFalse();
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("10");
	}

	@Test
	void theApplicationReadsItAtStartAfterItsConfigurationFilesAndBeforeTheProductionCheck() {
		// Only ours: Boot's own need what SpringApplication gives them.
		List<EnvironmentPostProcessor> processors = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(EnvironmentPostProcessor.class, (type, name, failure) -> {
			});

		assertThat(processors).hasAtLeastOneElementOfType(DotenvFile.class);
		assertThat(new DotenvFile().getOrder()).isGreaterThan(ConfigDataEnvironmentPostProcessor.ORDER)
			.isLessThan(new RequiredProductionSettings().getOrder());
	}

	// The process environment replaced by the given variables, and application.yml below
	// it.
	private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

}
