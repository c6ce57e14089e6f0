package dev.stockroom.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request for a host the site does not serve is refused with a 400 problem detail by
 * the firewall, before any filter chain; the dev profile's hosts (the tests run it) are
 * served, whatever their case.
 */
@IntegrationTest
class AllowedHostsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aForgedHostIsABadRequestOverRealHttp() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/actuator/health", Map.of("Host", "evil.example"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://stockroom.dev/problems/invalid-host\"")
			.contains("\"status\":400")
			.doesNotContain("evil.example");
	}

	@Test
	void aForgedHostWithAPortIsRefusedToo() throws Exception {
		assertThat(RawHttp.get(this.port, "/login", Map.of("Host", "evil.example:" + this.port)).status())
			.isEqualTo(400);
	}

	@Test
	void theAllowedHostsAreServedInAnyCaseWithOrWithoutAPort() throws Exception {
		for (String host : new String[] { "localhost", "LocalHost:" + this.port, "127.0.0.1:" + this.port,
				"[::1]:" + this.port }) {
			RawHttp.Response response = RawHttp.get(this.port, "/actuator/health", Map.of("Host", host));
			assertThat(response.status()).as(host).isEqualTo(200);
			assertThat(response.body()).as(host).contains("UP");
		}
	}

	@Test
	void aForgedHostIsABadRequestThroughMockMvc() throws Exception {
		this.mvc.perform(get("/api/v1/products").header("Host", "evil.example"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("https://stockroom.dev/problems/invalid-host"));
		this.mvc.perform(get("/login").with((request) -> {
			request.setServerName("evil.example");
			return request;
		})).andExpect(status().isBadRequest());
	}

	@Test
	void anotherFirewallRejectionIsABadRequestNotAServerError() throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, "/api/v1/products;jsessionid=x",
				Map.of("Host", "localhost"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("\"type\":\"https://stockroom.dev/problems/bad-request\"");
	}

}
