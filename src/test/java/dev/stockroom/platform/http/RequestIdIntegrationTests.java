package dev.stockroom.platform.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.platform.error.ApiExceptionHandler;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every answer carries an {@code X-Request-Id}: the one the client or Nginx sent when it
 * is well formed, a new one otherwise; and the lines logged while the request is served
 * carry it too (the dev profile's console pattern; ProdProfileIntegrationTests checks the
 * JSON of the prod profile).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvc mvc;

	@Test
	void anAnswerWithoutAnIncomingIdGetsANewOne() throws Exception {
		String id = this.mvc.perform(get("/actuator/health").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");

		assertThat(id).matches(UUID);
	}

	@Test
	void aWellFormedIncomingIdIsKept() throws Exception {
		this.mvc.perform(get("/actuator/health").with(SignIn.anonymous()).header("X-Request-Id", "nginx-4f2a.9_b"))
			.andExpect(header().string("X-Request-Id", "nginx-4f2a.9_b"));
	}

	@Test
	void aMalformedOrOverlongIncomingIdIsReplaced() throws Exception {
		for (String forged : new String[] { "id with spaces", "a\"b", "x".repeat(65) }) {
			String id = this.mvc
				.perform(get("/actuator/health").with(SignIn.anonymous()).header("X-Request-Id", forged))
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			assertThat(id).as(forged).matches(UUID);
		}
	}

	// The level is set here: another application started in this JVM (a command test
	// in the prod profile) may have left our loggers at INFO, since levels belong to
	// the JVM. For the same reason the line is looked for in either format, text or JSON.
	@Test
	void linesLoggedWhileServingARequestCarryItsId(CapturedOutput output) throws Exception {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(ApiExceptionHandler.class.getName(), LogLevel.DEBUG);
		try {
			refuseCredentials();
		}
		finally {
			logging.setLogLevel(ApiExceptionHandler.class.getName(), null);
		}

		assertThat(output.getOut().lines().filter((line) -> line.contains("Credentials refused")))
			.anySatisfy((line) -> assertThat(line).containsAnyOf("[log-line-check-17] ",
					"\"requestId\":\"log-line-check-17\""));
	}

	private void refuseCredentials() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").with(SignIn.anonymous())
				.header("X-Request-Id", "log-line-check-17")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"nobody-here\", \"password\": \"not the password\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theIdIsOutOfTheLoggingContextOnceTheRequestIsServed() throws Exception {
		this.mvc.perform(get("/actuator/health").with(SignIn.anonymous()).header("X-Request-Id", "gone-after"));

		assertThat(org.slf4j.MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

}
