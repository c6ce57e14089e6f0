package dev.stockroom.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.password.InvalidCredentialsException;
import dev.stockroom.identity.password.LoginThrottledAuthenticationException;
import dev.stockroom.identity.password.LoginThrottledException;

/**
 * The page login's check of username and password, through
 * {@link UserService#authenticate}, so that the web and the API's token endpoint share
 * one set of rules: the same hashing, the same throttle after repeated failures, the same
 * answer for an unknown user and a wrong password.
 */
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final UserService users;

	PasswordAuthenticationProvider(UserService users) {
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		try {
			UserAccount account = this.users.authenticate(username, password, clientAddress(authentication));
			SignedInUser user = this.users.signedInUser(account.username())
				.orElseThrow(() -> new BadCredentialsException("Invalid username or password"));
			return new SignedInAuthentication(user, SignedInAuthentication.Method.SESSION);
		}
		catch (InvalidCredentialsException ex) {
			throw new BadCredentialsException(ex.getMessage());
		}
		catch (LoginThrottledException ex) {
			throw new LoginThrottledAuthenticationException(ex);
		}
	}

	// The login filter's details carry the request's getRemoteAddr().
	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
