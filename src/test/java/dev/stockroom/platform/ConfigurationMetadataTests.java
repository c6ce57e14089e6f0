package dev.stockroom.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build documents every {@code stockroom.*} setting for IDEs (Spring Boot's
 * configuration processor reads the {@code @ConfigurationProperties} records and their
 * Javadoc): each setting is listed with its type and a description.
 */
class ConfigurationMetadataTests {

	@Test
	void everyStockroomSettingIsDocumentedWithItsTypeAndADescription() throws IOException {
		List<JsonNode> settings = new ArrayList<>();
		for (URL url : Collections
			.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonMapper.shared().readTree(in).path("properties").forEach((setting) -> {
					if (setting.path("name").asString().startsWith("stockroom.")) {
						settings.add(setting);
					}
				});
			}
		}

		assertThat(settings).extracting((setting) -> setting.path("name").asString())
			.contains("stockroom.idempotency.ttl", "stockroom.images.max-pixels", "stockroom.jwt.secret",
					"stockroom.rate-limit.api.capacity");
		assertThat(settings).allSatisfy((setting) -> {
			assertThat(setting.path("type").asString()).as(setting.path("name").asString()).isNotBlank();
			assertThat(setting.path("description").asString()).as(setting.path("name").asString()).isNotBlank();
		});
	}

}
