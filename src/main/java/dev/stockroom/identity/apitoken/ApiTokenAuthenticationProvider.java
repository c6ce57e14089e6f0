package dev.stockroom.identity.apitoken;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.security.SignedInAuthentication;

/**
 * Checks a personal API token ({@link ApiTokenService#authenticate}) and signs its user
 * in with the user's current permissions.
 */
public class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokenService tokens;

	private final UserService users;

	public ApiTokenAuthenticationProvider(ApiTokenService tokens, UserService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String key = (String) authentication.getCredentials();
		SignedInUser user = this.tokens.authenticate(key)
			.flatMap((principal) -> this.users.signedInUser(principal.username()))
			.orElseThrow(() -> new BadCredentialsException("Unknown, revoked or expired API token"));
		return new SignedInAuthentication(user, SignedInAuthentication.Method.API_TOKEN);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthenticationRequest.class.isAssignableFrom(authentication);
	}

}
