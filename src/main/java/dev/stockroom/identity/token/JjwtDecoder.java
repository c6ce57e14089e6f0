package dev.stockroom.identity.token;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import dev.stockroom.identity.cache.IdentityCache;

/**
 * Plugs {@link JwtService} into Spring Security's bearer-token pipeline:
 * {@code BearerTokenAuthenticationFilter} reads the {@code Authorization: Bearer} header,
 * Spring's {@code JwtAuthenticationProvider} calls this decoder, and
 * {@link SignedInUserConverter} turns the result into the request's authentication. So
 * the checks (pinned algorithm and key, issuer, audience, expiry with clock skew, type,
 * revocation) live in one place, made with jjwt, and everything around them (401 with
 * {@code WWW-Authenticate}, the security context) is Spring Security's own.
 *
 * <p>
 * The revocation answer comes from {@link IdentityCache} when this instance asked
 * recently, so a warm request asks neither Redis nor the database; a revocation made here
 * is known as soon as it commits, one made elsewhere within a second.
 */
public class JjwtDecoder implements JwtDecoder {

	private final JwtService jwt;

	private final IdentityCache cache;

	public JjwtDecoder(JwtService jwt, IdentityCache cache) {
		this.jwt = jwt;
		this.cache = cache;
	}

	@Override
	public Jwt decode(String token) {
		VerifiedToken verified;
		try {
			verified = this.jwt.verify(token, TokenType.ACCESS);
			UUID family = verified.familyId();
			if (this.cache.familyRevoked(family, () -> this.jwt.isFamilyRevoked(family))) {
				throw new InvalidTokenException("access token of a revoked family " + family);
			}
		}
		catch (InvalidTokenException ex) {
			// BadJwtException becomes a 401 (invalid_token); the reason stays in the log.
			throw new BadJwtException(ex.getMessage(), ex);
		}
		return Jwt.withTokenValue(token)
			.header("alg", "HS256")
			.subject(verified.username())
			.jti(verified.tokenId().toString())
			.claim(JwtService.FAMILY_CLAIM, verified.familyId().toString())
			.claims((claims) -> claims.putAll(Map.of(JwtService.TYPE_CLAIM, TokenType.ACCESS.claim())))
			.issuedAt(verified.issuedAt())
			.expiresAt(verified.expiresAt())
			.build();
	}

}
