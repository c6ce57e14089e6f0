package dev.stockroom.identity.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.SessionCookieConfig;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page session as the running Tomcat applies it: signed out after 30 idle minutes
 * (waiting that long is no test; the setting reaching the server is), and a cookie that
 * scripts cannot read and other sites' requests do not carry. The prod profile adds
 * {@code Secure} (checked by {@code check-deploy}).
 */
@IntegrationTest
class SessionSettingsIntegrationTests {

	@Autowired
	WebServerApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void sessionsEndAfterThirtyIdleMinutesAndTheCookieIsHttpOnly() {
		Context tomcatContext = (Context) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getHost()
			.findChildren()[0];
		SessionCookieConfig cookie = tomcatContext.getServletContext().getSessionCookieConfig();

		assertThat(tomcatContext.getSessionTimeout()).as("minutes").isEqualTo(30);
		assertThat(cookie.getName()).isEqualTo("STOCKROOM_SESSION");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).as("plain http in dev").isFalse();
	}

	// SameSite is added by Tomcat's cookie processor as it writes the header, so it is
	// checked on a real answer.
	@Test
	void theLoginPageSetsTheCookieWithSameSiteLax() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(response.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith("STOCKROOM_SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax");
	}

}
