package dev.stockroom.identity.apitoken;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.cache.CachedApiToken;
import dev.stockroom.identity.cache.IdentityCache;
import dev.stockroom.identity.security.SignedInAuthentication;

/**
 * Checks a personal API token ({@link ApiTokenService#find}) and signs its user in with
 * the user's current permissions. Both come from {@link IdentityCache} when this instance
 * read them recently, so a warm request costs no SQL; the use is recorded after the
 * answer ({@link ApiTokenUses}).
 */
public class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokenService tokens;

	private final ApiTokenUses uses;

	private final UserService users;

	private final IdentityCache cache;

	private final Clock clock;

	public ApiTokenAuthenticationProvider(ApiTokenService tokens, ApiTokenUses uses, UserService users,
			IdentityCache cache, Clock clock) {
		this.tokens = tokens;
		this.uses = uses;
		this.users = users;
		this.cache = cache;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String key = (String) authentication.getCredentials();
		Instant now = Instant.now(this.clock);
		Optional<CachedApiToken> token = ApiTokenKeys.isWellFormed(key)
				? this.cache.apiToken(ApiTokenKeys.hash(key), () -> this.tokens.find(key)) : Optional.empty();
		SignedInUser user = token.filter((found) -> found.isUnexpiredAt(now))
			.flatMap((found) -> this.cache.user(found.username(), () -> this.users.signedInUser(found.username()))
				.filter((signedIn) -> signedIn.id() == found.userId()))
			.orElseThrow(() -> new BadCredentialsException("Unknown, revoked or expired API token"));
		this.uses.record(token.get().tokenId(), now);
		return new SignedInAuthentication(user, SignedInAuthentication.Method.API_TOKEN);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthenticationRequest.class.isAssignableFrom(authentication);
	}

}
