package dev.stockroom.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import dev.stockroom.StockroomApplication;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application in the prod profile, as a deployment starts it (its secrets
 * given, on the run's test database): health and its probes answer anyone, metrics, build
 * information and the API documentation answer no anonymous caller, and the log is one
 * JSON object per line carrying the request id.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProdProfileIntegrationTests {

	private static ConfigurableApplicationContext application;

	private static int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startInTheProdProfile() {
		application = StockroomApplication.application()
			.run("--spring.profiles.active=prod", "--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + TestServices.sharedDatabaseUrl(),
					"--spring.datasource.username=postgres",
					// trust authentication on the test server ignores it; prod requires
					// one
					"--spring.datasource.password=not-checked-by-trust-auth",
					"--spring.datasource.hikari.maximum-pool-size=2",
					"--stockroom.jwt.secret=prod-profile-test-key-of-at-least-32-bytes", "--stockroom.redis.url=",
					"--stockroom.allowed-hosts=localhost", "--logging.level.dev.stockroom.platform=debug");
		port = ((WebServerApplicationContext) application).getWebServer().getPort();
	}

	// The logging system belongs to the JVM: the next test classes log as the dev profile
	// does again, not in JSON, once a small application has set it up anew.
	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off")
			.close();
	}

	@Test
	void healthAndItsProbesArePublic() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void metricsBuildInformationAndApiDocsAreNotPublic() throws Exception {
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/env").statusCode()).isEqualTo(401);
		assertThat(get("/v3/api-docs").statusCode()).isEqualTo(404);
		assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(404);
	}

	@Test
	void logLinesAreJsonWithTheRequestId(CapturedOutput output) throws Exception {
		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", "prod-json-check-5")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"nobody\", \"password\": \"wrong one\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("prod-json-check-5");

		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("Credentials refused"))
			.findFirst()
			.orElseThrow();
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.path("requestId").asString()).isEqualTo("prod-json-check-5");
		assertThat(json.path("log").path("level").asString()).isEqualTo("DEBUG");
		assertThat(json.path("message").asString()).startsWith("Credentials refused");
		assertThat(json.has("@timestamp")).isTrue();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
