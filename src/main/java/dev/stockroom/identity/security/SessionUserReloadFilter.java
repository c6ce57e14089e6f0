package dev.stockroom.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.cache.IdentityCache;

/**
 * Reads a page session's user afresh on every request, as the API reads a token's user
 * ({@link SignedInUserConverter}, {@link ApiTokenAuthenticationProvider}). The session
 * keeps the {@link SignedInUser} of its sign-in; without this, a user who was demoted,
 * lost staff or was deactivated would keep the old rights for as long as the session
 * lives, and could even use them to give themselves the old rights back.
 *
 * <p>
 * A user whose rights changed replaces the session's authentication, for this request and
 * the next ones. A user who is gone or inactive is signed out (the session is
 * invalidated) and the request goes on anonymous: a protected page sends it to the login
 * page, and nothing is served as that user. Runs after the session's security context is
 * loaded and before any authorization decision.
 *
 * <p>
 * The look-up is the API's: {@link IdentityCache} in front of
 * {@link UserService#signedInUser}, so a warm page request costs no SQL either, and a
 * change of rights reaches the session as soon as it commits.
 */
class SessionUserReloadFilter extends OncePerRequestFilter {

	private final UserService users;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	// Where Spring Security keeps a page's context by default: this request, its session.
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

	private final IdentityCache cache;

	SessionUserReloadFilter(UserService users, IdentityCache cache) {
		this.users = users;
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		if (authentication instanceof SignedInAuthentication signedIn
				&& signedIn.getMethod() == SignedInAuthentication.Method.SESSION) {
			SignedInUser before = signedIn.getPrincipal();
			// The id too: a username is never reused, but a session must not become
			// another account's should it ever be.
			Optional<SignedInUser> now = this.cache
				.user(before.username(), () -> this.users.signedInUser(before.username()))
				.filter((user) -> user.id() == before.id());
			if (now.isEmpty()) {
				this.signOut.logout(request, response, authentication);
			}
			else if (!now.get().equals(before)) {
				SecurityContext context = this.holder.createEmptyContext();
				context.setAuthentication(new SignedInAuthentication(now.get(), SignedInAuthentication.Method.SESSION));
				this.holder.setContext(context);
				this.contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
