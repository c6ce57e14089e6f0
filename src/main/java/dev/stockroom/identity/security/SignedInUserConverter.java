package dev.stockroom.identity.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;

/**
 * Turns a checked access token into the request's authentication. The permissions are
 * read from the database for every request rather than carried in the token, so that a
 * deactivated user or a withdrawn permission takes effect at once, not in 15 minutes.
 */
class SignedInUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final UserService users;

	SignedInUserConverter(UserService users) {
		this.users = users;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		SignedInUser user = this.users.signedInUser(jwt.getSubject())
			.orElseThrow(() -> new InvalidBearerTokenException("The token's user is unknown or inactive"));
		return new SignedInAuthentication(user, SignedInAuthentication.Method.JWT);
	}

}
