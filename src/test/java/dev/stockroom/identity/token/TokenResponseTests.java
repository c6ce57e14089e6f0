package dev.stockroom.identity.token;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The token answer uses OAuth's snake_case names, as DESIGN.md fixes them. */
class TokenResponseTests {

	@Test
	void serialisesWithOAuthSnakeCaseNames() {
		TokenResponse response = new TokenPair("an.access.token", "a.refresh.token", Duration.ofMinutes(15))
			.toResponse();

		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode json = mapper.readTree(mapper.writeValueAsString(response));

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("access_token", "refresh_token", "token_type",
				"expires_in");
		assertThat(json.get("access_token").asString()).isEqualTo("an.access.token");
		assertThat(json.get("refresh_token").asString()).isEqualTo("a.refresh.token");
		assertThat(json.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(json.get("expires_in").isIntegralNumber()).isTrue();
		assertThat(json.get("expires_in").asLong()).isEqualTo(900);
	}

	@Test
	void neverPrintsTheTokens() {
		TokenPair pair = new TokenPair("an.access.token", "a.refresh.token", Duration.ofMinutes(15));

		assertThat(pair.toString()).doesNotContain("an.access.token", "a.refresh.token");
		assertThat(pair.toResponse().toString()).doesNotContain("an.access.token", "a.refresh.token");
	}

}
