package dev.stockroom.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import dev.stockroom.identity.token.RefreshTokens;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Signs {@link IntegrationTest}'s MockMvc requests in (see {@link SignIn}). */
@TestConfiguration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	TestTokens testTokens(RefreshTokens refreshTokens) {
		return new TestTokens(refreshTokens);
	}

	@Bean
	MockMvcBuilderCustomizer signInByDefault() {
		return (builder) -> builder.defaultRequest(get("/").with(SignIn.asDefaultUser()));
	}

}
