package dev.stockroom.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestServicesTests {

	@Test
	void replacesOnlyTheDatabaseNameInAJdbcUrl() {
		assertThat(TestServices.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "mine"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/mine?user=postgres");
		assertThat(TestServices.withDatabase("jdbc:postgresql://localhost:40000/postgres", "mine"))
			.isEqualTo("jdbc:postgresql://localhost:40000/mine");
	}

	@Test
	void theEnvironmentComesFirstAndDockerIsNotEvenAsked() {
		assertThat(TestServices.tier("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", () -> {
			throw new AssertionError("Docker asked although the environment names a server");
		})).isEqualTo(TestServices.Tier.ENVIRONMENT);
	}

	@Test
	void thenTestcontainersWhereADockerEngineAnswersThenTheEmbeddedBinaries() {
		assertThat(TestServices.tier(null, () -> true)).isEqualTo(TestServices.Tier.TESTCONTAINERS);
		assertThat(TestServices.tier(" ", () -> true)).isEqualTo(TestServices.Tier.TESTCONTAINERS);
		assertThat(TestServices.tier(null, () -> false)).isEqualTo(TestServices.Tier.EMBEDDED);
	}

	// On this project's machines the environment names the servers
	// and no Docker engine answers; on GitHub Actions Docker does.
	// Either way a tier serves and nothing is skipped.
	@Test
	void theRunsTierFollowsTheEnvironmentAndDocker() throws Exception {
		String configured = System.getenv(TestServices.POSTGRES_URL_VARIABLE);
		TestServices.Tier expected = (configured != null && !configured.isBlank()) ? TestServices.Tier.ENVIRONMENT
				: TestServices.dockerAnswers() ? TestServices.Tier.TESTCONTAINERS : TestServices.Tier.EMBEDDED;

		assertThat(TestServices.postgresTier()).isEqualTo(expected);
		try (Connection connection = DriverManager.getConnection(TestServices.newDatabase());
				ResultSet one = connection.createStatement().executeQuery("SELECT 1")) {
			assertThat(one.next()).isTrue();
		}
	}

	@Test
	void redisKeysOfARunStartWithAPrefixOfTheirOwn() {
		assertThat(TestServices.redisKeyPrefix()).matches("stockroom-test-\\d+-\\d+:");
	}

	@Test
	void theRunsRedisAnswers() throws IOException {
		URI redis = URI.create(TestServices.redisUrl());
		try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			assertThat(new String(in.readNBytes(7), StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
		}
	}

}
