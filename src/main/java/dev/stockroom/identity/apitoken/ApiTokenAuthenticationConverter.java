package dev.stockroom.identity.apitoken;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a personal API token from {@code Authorization: Token <key>}, the header DRF's
 * {@code TokenAuthentication} uses. Other schemes (Bearer) are left to their own filter.
 */
public class ApiTokenAuthenticationConverter implements AuthenticationConverter {

	static final String SCHEME = "Token";

	@Override
	public Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
			return null;
		}
		String key = header.substring(SCHEME.length() + 1).strip();
		if (key.isEmpty()) {
			throw new BadCredentialsException("An empty API token");
		}
		return new ApiTokenAuthenticationRequest(key);
	}

}
