package dev.stockroom.identity.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.cache.IdentityCache;

/**
 * Turns a checked access token into the request's authentication. The permissions are not
 * carried in the token but read from the database, or from {@link IdentityCache} where
 * this instance read them within 30 s, which forgets a user as soon as their rights
 * change: a deactivated user or a withdrawn permission takes effect at once, not in 15
 * minutes.
 */
class SignedInUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final UserService users;

	private final IdentityCache cache;

	SignedInUserConverter(UserService users, IdentityCache cache) {
		this.users = users;
		this.cache = cache;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getSubject();
		SignedInUser user = this.cache.user(username, () -> this.users.signedInUser(username))
			.orElseThrow(() -> new InvalidBearerTokenException("The token's user is unknown or inactive"));
		return new SignedInAuthentication(user, SignedInAuthentication.Method.JWT);
	}

}
