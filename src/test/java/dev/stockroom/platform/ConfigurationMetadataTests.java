package dev.stockroom.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build documents every {@code stockroom.*} setting for IDEs (Spring Boot's
 * configuration processor reads the {@code @ConfigurationProperties} records and their
 * Javadoc): each setting is listed with its type and a description. Each setting is
 * stated once: a default lives in its record and no configuration file repeats it, one
 * record binds each prefix, and no file passes on an environment variable that relaxed
 * binding reads by itself, while every variable {@code .env.example} documents still
 * reaches its setting.
 */
class ConfigurationMetadataTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");

	private static final Pattern ENV_LINE = Pattern.compile("^#?\\s*(STOCKROOM_[A-Z0-9_]*)=", Pattern.MULTILINE);

	// Read by Docker Compose, or by a command from the environment itself.
	private static final Set<String> NOT_SETTINGS = Set.of("STOCKROOM_IMAGE", "STOCKROOM_HTTP_PORT",
			"STOCKROOM_HTTPS_PORT", "STOCKROOM_SUPERUSER_PASSWORD");

	@Test
	void everyStockroomSettingIsDocumentedWithItsTypeAndADescription() throws IOException {
		List<JsonNode> settings = stockroom(metadata("properties"));

		assertThat(settings).extracting((setting) -> setting.path("name").asString())
			.contains("stockroom.idempotency.ttl", "stockroom.images.max-pixels", "stockroom.jwt.secret",
					"stockroom.rate-limit.api.capacity", "stockroom.allowed-hosts", "stockroom.base-url",
					"stockroom.instance-id", "stockroom.redis.sessions", "stockroom.time-zone", "stockroom.currency");
		assertThat(settings).allSatisfy((setting) -> {
			assertThat(setting.path("type").asString()).as(setting.path("name").asString()).isNotBlank();
			assertThat(setting.path("description").asString()).as(setting.path("name").asString()).isNotBlank();
		});
	}

	@Test
	void theRecordsStateTheDefaults() throws IOException {
		Map<String, String> defaults = defaults();

		assertThat(defaults).containsEntry("stockroom.idempotency.ttl", "24h")
			.containsEntry("stockroom.login-throttle.max-failures", "10")
			.containsEntry("stockroom.base-url", "http://localhost:8080")
			.containsEntry("stockroom.redis.key-prefix", "stockroom:")
			.containsEntry("stockroom.redis.sessions", "true")
			.containsEntry("stockroom.time-zone", "UTC")
			.containsEntry("stockroom.currency", "EUR");
	}

	@Test
	void noConfigurationFileRepeatsADefaultOfARecord() throws IOException {
		Map<String, String> defaults = defaults();
		List<String> repeated = new ArrayList<>();
		configurationFiles().forEach((file, settings) -> settings.forEach((name, value) -> {
			if (value.equals(defaults.get(name))) {
				repeated.add(file + ": " + name + "=" + value);
			}
		}));

		assertThat(repeated).isEmpty();
	}

	@Test
	void noConfigurationFileSpellsOutWhatRelaxedBindingReadsByItself() throws IOException {
		List<String> redundant = new ArrayList<>();
		configurationFiles().forEach((file, settings) -> settings.forEach((name, value) -> {
			Matcher placeholder = PLACEHOLDER.matcher(value);
			// SPRING_DATASOURCE_URL sets spring.datasource.url without
			// ${SPRING_DATASOURCE_URL}.
			if (placeholder.find() && placeholder.group(1).equals(variableOf(name))) {
				redundant.add(file + ": " + name + "=" + value);
			}
		}));

		assertThat(redundant).isEmpty();
	}

	@Test
	void everyVariableTheApplicationReadsReachesItsSetting() throws IOException {
		Matcher line = ENV_LINE.matcher(Files.readString(Path.of(".env.example")));
		List<String> settings = new ArrayList<>(configurationFiles().get("application.yml").keySet());
		stockroom(metadata("properties")).forEach((setting) -> settings.add(setting.path("name").asString()));
		List<String> unread = new ArrayList<>();
		while (line.find()) {
			String variable = line.group(1);
			if (NOT_SETTINGS.contains(variable)) {
				continue;
			}
			StandardEnvironment environment = new StandardEnvironment();
			environment.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of(variable, "from-" + variable)));
			Resource yml = new ClassPathResource("application.yml");
			new YamlPropertySourceLoader().load("application.yml", yml)
				.forEach(environment.getPropertySources()::addLast);
			ConfigurationPropertySources.attach(environment);
			if (settings.stream().noneMatch((name) -> ("from-" + variable).equals(environment.getProperty(name)))) {
				unread.add(variable);
			}
		}

		assertThat(unread).isEmpty();
	}

	@Test
	void eachPrefixIsBoundByOneRecord() throws IOException {
		Map<String, List<String>> records = new HashMap<>();
		for (JsonNode group : stockroom(metadata("groups"))) {
			// A nested record's group has its enclosing record as source type.
			if (group.path("type").asString().equals(group.path("sourceType").asString())) {
				records.computeIfAbsent(group.path("name").asString(), (name) -> new ArrayList<>())
					.add(group.path("type").asString());
			}
		}

		assertThat(records).containsKeys("stockroom", "stockroom.idempotency", "stockroom.redis");
		assertThat(records).allSatisfy((prefix, types) -> assertThat(types).as(prefix).hasSize(1));
	}

	private static String variableOf(String setting) {
		return setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	private static Map<String, String> defaults() throws IOException {
		Map<String, String> defaults = new HashMap<>();
		for (JsonNode setting : stockroom(metadata("properties"))) {
			if (setting.has("defaultValue")) {
				defaults.put(setting.path("name").asString(), setting.path("defaultValue").asString());
			}
		}
		return defaults;
	}

	// The settings of each application*.yml, by file.
	private static Map<String, Map<String, String>> configurationFiles() throws IOException {
		Map<String, Map<String, String>> files = new HashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:application*.yml")) {
			Map<String, String> settings = new HashMap<>();
			for (PropertySource<?> document : new YamlPropertySourceLoader().load(resource.getFilename(), resource)) {
				EnumerablePropertySource<?> source = (EnumerablePropertySource<?>) document;
				for (String name : source.getPropertyNames()) {
					settings.put(name, String.valueOf(source.getProperty(name)));
				}
			}
			files.put(resource.getFilename(), settings);
		}
		assertThat(files).containsKeys("application.yml", "application-dev.yml", "application-prod.yml");
		return files;
	}

	private static List<JsonNode> stockroom(List<JsonNode> entries) {
		return entries.stream()
			.filter((entry) -> entry.path("name").asString().equals("stockroom")
					|| entry.path("name").asString().startsWith("stockroom."))
			.toList();
	}

	private static List<JsonNode> metadata(String section) throws IOException {
		List<JsonNode> entries = new ArrayList<>();
		for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonMapper.shared().readTree(in).path(section).forEach(entries::add);
			}
		}
		return entries;
	}

}
