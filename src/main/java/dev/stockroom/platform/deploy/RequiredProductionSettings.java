package dev.stockroom.platform.deploy;

import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

import dev.stockroom.platform.DotenvFile;

/**
 * Refuses to start the prod profile without its secrets, before anything connects to
 * anything: the JWT key and the database's URL and password have no safe default, and a
 * production instance that starts without them either fails later with a confusing
 * connection error or, worse, runs with a development value. The failure names the
 * environment variables to set ({@link MissingSettingsFailureAnalyzer}).
 *
 * <p>
 * Runs right after {@code application.yml}, the profile's file and the optional
 * {@code .env} file ({@link DotenvFile}) have been read, so a value from any of them, or
 * from the environment, counts.
 */
public class RequiredProductionSettings implements EnvironmentPostProcessor, Ordered {

	/** Environment variable, and the setting it fills. */
	static final Map<String, String> REQUIRED = Map.of("STOCKROOM_JWT_SECRET", "stockroom.jwt.secret",
			"SPRING_DATASOURCE_URL", "spring.datasource.url", "SPRING_DATASOURCE_PASSWORD",
			"spring.datasource.password");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> missing = REQUIRED.keySet()
			.stream()
			.sorted()
			.filter((variable) -> !StringUtils.hasText(environment.getProperty(REQUIRED.get(variable))))
			.toList();
		if (!missing.isEmpty()) {
			throw new MissingSettingsException(missing);
		}
	}

	@Override
	public int getOrder() {
		return DotenvFile.ORDER + 1;
	}

}
