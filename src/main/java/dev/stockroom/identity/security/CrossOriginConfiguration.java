package dev.stockroom.identity.security;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import dev.stockroom.platform.api.IdempotentRequests;

/**
 * CORS for the API, from an allow-list ({@link CorsProperties}). A preflight or a
 * cross-origin request from an origin not on the list is refused with a 403, and with the
 * empty default every cross-origin request is. No credentials: the API is signed in with
 * an {@code Authorization} header, never a cookie, so a browser has no reason to send the
 * session cookie along.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginConfiguration {

	// The API chain's .cors(withDefaults()) looks the source up by this bean name.
	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(properties.allowedOrigins());
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, IdempotentRequests.HEADER,
				HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MATCH));
		api.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER,
				IdempotentRequests.REPLAYED_HEADER));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

}
