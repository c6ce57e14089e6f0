package dev.stockroom.identity.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which other web sites' scripts may call the API from a browser (CORS). None by default:
 * the pages are served from this site and need no CORS, so only a separate front end (a
 * single-page app on another origin) is ever listed here. A wildcard is refused at
 * start-up: with it any site a signed-in user visits could read the API's answers with a
 * token it got hold of, and a list of the front ends is always known.
 *
 * @param allowedOrigins origins as browsers send them: scheme, host and any port, no
 * path, e.g. {@code https://app.example.com} ({@code STOCKROOM_CORS_ALLOWED_ORIGINS},
 * comma-separated); empty, the default, allows no cross-origin call
 */
@ConfigurationProperties("stockroom.cors")
record CorsProperties(List<String> allowedOrigins) {

	CorsProperties {
		allowedOrigins = (allowedOrigins != null)
				? allowedOrigins.stream().map(String::strip).filter((origin) -> !origin.isEmpty()).toList() : List.of();
		allowedOrigins.forEach(CorsProperties::requireOrigin);
	}

	private static void requireOrigin(String origin) {
		if (origin.contains("*")) {
			throw new IllegalArgumentException("stockroom.cors.allowed-origins must list each origin; a wildcard ('"
					+ origin + "') would let every web site call the API");
		}
		URI uri;
		try {
			uri = new URI(origin);
		}
		catch (URISyntaxException ex) {
			uri = null;
		}
		if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| !uri.getRawPath().isEmpty() || uri.getRawUserInfo() != null || uri.getRawQuery() != null
				|| uri.getRawFragment() != null) {
			throw new IllegalArgumentException("stockroom.cors.allowed-origins must hold origins such as"
					+ " https://app.example.com (scheme, host and any port, no path); '" + origin + "' is not one");
		}
	}

}
