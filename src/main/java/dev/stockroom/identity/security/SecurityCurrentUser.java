package dev.stockroom.identity.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.platform.audit.CurrentUser;

/**
 * The signed-in user of the current request, from Spring Security's context, for modules
 * that must not depend on Spring Security's types to record who did something.
 */
@Component
class SecurityCurrentUser implements CurrentUser {

	@Override
	public String username() {
		SignedInUser user = signedIn();
		return (user != null) ? user.username() : SYSTEM;
	}

	@Override
	public Set<String> permissions() {
		SignedInUser user = signedIn();
		return (user != null) ? user.permissions() : Set.of();
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

}
