package dev.stockroom.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * python-dotenv's counterpart: {@code KEY=value} lines from an optional {@code .env} file
 * in the working directory (never committed: {@code .gitignore}; {@code .env.example}
 * lists the variables), read as environment variables are. So every variable works there
 * as it does in the environment, by relaxed binding ({@code STOCKROOM_JWT_SECRET} sets
 * {@code stockroom.jwt.secret}) or through a placeholder in {@code application.yml}
 * ({@code STOCKROOM_DB_POOL_SIZE}). Real environment variables and command-line arguments
 * win over the file, and the file wins over the configuration files.
 *
 * <p>
 * Read after the configuration files, so the profile is chosen by then:
 * {@code SPRING_PROFILES_ACTIVE} in {@code .env} has no effect.
 */
public class DotenvFile implements EnvironmentPostProcessor, Ordered {

	public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;

	/*
	 * Spring Boot maps STOCKROOM_JWT_SECRET to stockroom.jwt.secret only in a source of
	 * this type whose name ends in -systemEnvironment.
	 */
	static final String PROPERTY_SOURCE = "dotenv-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

	private final Path file;

	DotenvFile() {
		this(Path.of(".env"));
	}

	DotenvFile(Path file) {
		this.file = file;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Files.isRegularFile(this.file)) {
			return;
		}
		Properties lines = new Properties();
		try (Reader reader = Files.newBufferedReader(this.file)) {
			lines.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file.toAbsolutePath(), ex);
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		lines.forEach((name, value) -> variables.put((String) name, value));
		SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(PROPERTY_SOURCE, variables);
		MutablePropertySources sources = environment.getPropertySources();
		if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addLast(source);
		}
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
