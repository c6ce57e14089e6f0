package dev.stockroom.identity.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the OpenAPI document (and so Swagger UI's "Authorize" button) how the API signs
 * requests in: a JWT from {@code POST /api/v1/auth/token} as a bearer token, or a
 * personal API token in {@code Authorization: Token <key>}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String BEARER = "bearer";

	static final String API_TOKEN = "apiToken";

	@Bean
	OpenAPI stockroomOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Stockroom API")
				.version("v1")
				.description("Inventory: catalog, warehouses and the stock ledger. Sign in with POST "
						+ "/api/v1/auth/token, then send Authorization: Bearer <access_token>."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSecuritySchemes(API_TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("Authorization")
							.description("A personal API token, sent as: Token <key>")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			.addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
	}

}
