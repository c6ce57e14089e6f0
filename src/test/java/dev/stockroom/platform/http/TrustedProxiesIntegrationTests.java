package dev.stockroom.platform.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.RawHttp;
import dev.stockroom.support.TestTokens;
import testsupport.echo.RequestEchoController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from a trusted
 * proxy ({@code STOCKROOM_TRUSTED_PROXIES}); by default from nobody, not even loopback,
 * which Tomcat's own default would trust. Requests come over real HTTP from 127.0.0.1 to
 * a controller that echoes what the application sees.
 */
class TrustedProxiesIntegrationTests {

	private static final Map<String, String> FORWARDED = Map.of("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto",
			"https");

	@Nested
	@IntegrationTest
	@Import(RequestEchoController.class)
	@DirtiesContext
	class ByDefault {

		@LocalServerPort
		int port;

		@Autowired
		TestTokens tokens;

		@Test
		void forwardedHeadersAreIgnored() throws IOException {
			RawHttp.Response response = echo(this.port, this.tokens);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("\"remoteAddr\":\"127.0.0.1\"")
				.contains("\"scheme\":\"http\"")
				.contains("\"secure\":false");
			assertThat(response.header("Strict-Transport-Security")).isNull();
		}

	}

	@Nested
	@IntegrationTest
	@Import(RequestEchoController.class)
	@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32")
	@DirtiesContext
	class BehindATrustedProxy {

		@LocalServerPort
		int port;

		@Autowired
		TestTokens tokens;

		@Test
		void theClientAddressAndSchemeComeFromTheProxy() throws IOException {
			RawHttp.Response response = echo(this.port, this.tokens);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("\"remoteAddr\":\"203.0.113.9\"")
				.contains("\"scheme\":\"https\"")
				.contains("\"secure\":true");
			assertThat(response.header("Strict-Transport-Security")).isNotNull();
		}

	}

	private static RawHttp.Response echo(int port, TestTokens tokens) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>(FORWARDED);
		headers.put("Host", "localhost");
		headers.put("Authorization", tokens.bearer("viewer"));
		return RawHttp.get(port, RequestEchoController.PATH, headers);
	}

}
