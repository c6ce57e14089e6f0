package dev.stockroom.platform.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.stockroom.StockroomApplication;
import dev.stockroom.support.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application in the prod profile, as a deployment starts it (its secrets
 * given, on the run's test database): health and its probes answer anyone, metrics, build
 * information and the API documentation answer no anonymous caller, and the log is one
 * JSON object per line carrying the request id.
 *
 * <p>
 * In a process of its own: the logging system belongs to the JVM (Spring Boot sets it up
 * once, partly through system properties), so the prod profile's JSON logs would leak
 * into the tests that run after it in the same JVM.
 */
class ProdProfileIntegrationTests {

	private static final Path LOG = Path.of("target", "prod-profile-test.log");

	private static Process application;

	private static int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startInTheProdProfile() throws Exception {
		port = freePort();
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xmx384m", "-cp", System.getProperty("java.class.path"),
				StockroomApplication.class.getName(), "--spring.profiles.active=prod", "--server.port=" + port,
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + TestServices.sharedDatabaseUrl(),
				"--spring.datasource.username=postgres",
				// trust authentication on the test server ignores it; prod requires one
				"--spring.datasource.password=not-checked-by-trust-auth",
				"--spring.datasource.hikari.maximum-pool-size=2",
				"--stockroom.jwt.secret=prod-profile-test-key-of-at-least-32-bytes", "--stockroom.redis.url=",
				"--stockroom.allowed-hosts=localhost", "--logging.level.dev.stockroom.platform=debug");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("STOCKROOM_") || name.startsWith("SPRING_"));
		application = builder.start();
		awaitReadiness();
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (application != null) {
			application.destroy();
			if (!application.waitFor(30, TimeUnit.SECONDS)) {
				application.destroyForcibly();
			}
		}
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
	void logLinesAreJsonWithTheRequestId() throws Exception {
		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", "prod-json-check-5")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"nobody\", \"password\": \"wrong one\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("prod-json-check-5");

		String line = Files.readAllLines(LOG)
			.stream()
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

	private static void awaitReadiness() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			if (!application.isAlive()) {
				throw new IllegalStateException("The prod profile did not start; see " + LOG.toAbsolutePath());
			}
			try {
				if (client
					.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The prod profile was not ready within 240 s; see " + LOG.toAbsolutePath());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
